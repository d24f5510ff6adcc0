%% Erlang/OTP's diameter application as a trivial Gx server for the same-run comparison
%% (SameRunComparisonTest, server "erlang"): it answers every CCR with a minimal CCA 2001
%% (Session-Id, Auth-Application-Id, Origin-Host, Origin-Realm, Result-Code, CC-Request-Type,
%% CC-Request-Number), as the jDiameter server of the comparison does; no state, no policy.
%% Requests are decoded with the otp_gx dictionary, leniently (strict_mbit false), so an AVP
%% a load client adds that the dictionary does not name costs nothing but its decoding.
%%
%%   erl -noshell -pa DIR -s otp_gx_server main PORT REALM
%%
%% Prints "listening" once the transport is up; runs until the VM is stopped (SIGTERM).
-module(otp_gx_server).

-include_lib("diameter/include/diameter.hrl").

-export([main/1]).

-define(GX, 16777238).

main([Port, RealmArg]) ->
    Realm = atom_to_list(RealmArg),
    otp_peer:listen(otp_gx_server, otp_peer:service("pcrf." ++ Realm, Realm, ?GX, otp_gx, false, fun request/4),
                    otp_peer:port(Port)),
    receive stop -> ok end.

request('CCR', Avps, _Errors, #diameter_caps{origin_host = {Host, _}, origin_realm = {Realm, _}}) ->
    ['CCA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Auth-Application-Id', ?GX},
     {'Origin-Host', Host}, {'Origin-Realm', Realm}, {'Result-Code', [2001]},
     {'CC-Request-Type', maps:get('CC-Request-Type', Avps)},
     {'CC-Request-Number', maps:get('CC-Request-Number', Avps)}];
request(_, _, _, _) ->
    no.

%% An Erlang/OTP diameter Gx client (the PCEF side) for ErlangGxTest: it dials pcrfd, exchanges
%% CER/CEA with OTP's own capability checks, sends the CCRs below and prints one line per answer
%% for the test to read, then stops its service, which sends DPR (RFC 6733 §5.4).
%%
%%   erl -noshell -pa DIR -s otp_gx_client main PORT
%%
%% Printed lines (one per event, key=value fields, values without blanks):
%%   up                                          the CEA was accepted (common application Gx)
%%   answer name=N rc=R errors=[..] exp=E failed=[Code] ...    one per CCR
%%   rar session=S type=T errors=[..] removed=R  the RAR the test provokes after gold-i (or "rar none")
%%   down                                        the service stopped after DPR/DPA
%% The decoder is strict (otp_peer: strict_mbit, answers handed over with the errors OTP found:
%% an M-bit AVP outside the grammar is 5001, a bad length 5014, ...), and the errors are
%% printed, so the test can require none.
-module(otp_gx_client).

-include_lib("diameter/include/diameter.hrl").

-export([main/1]).

-define(SVC, otp_pcef).
-define(HOST, "otp-pcef.e2e.example").
-define(REALM, "e2e.example").
-define(GX, 16777238).

main([Port]) ->
    otp_peer:main(fun() -> run(otp_peer:port(Port)) end).

run(Port) ->
    register(otp_gx_main, self()),
    otp_peer:connect(?SVC, otp_peer:service(?HOST, ?REALM, ?GX, otp_gx, true, fun request/4), Port),
    call("basic-i", ccr("basic", "001019000000002", 1, 0, [])),
    call("basic-u", ccr("basic", "001019000000002", 2, 1,
        [{'Event-Trigger', [33]},
         {'Usage-Monitoring-Information', [[{'Monitoring-Key', [<<"mk1">>]},
                                            {'Used-Service-Unit', [[{'CC-Total-Octets', [1000000]}]]}]]}])),
    call("basic-t", ccr("basic", "001019000000002", 3, 2, [])),
    call("gold-i", ccr("gold", "001019000000001", 1, 0, [])),
    %% the test now moves pcrfd's clock to 22:00, when the gold plan's night rule removes "video"
    receive
        {rar, Line} -> io:format("~s~n", [Line])
    after 15000 ->
        io:format("rar none~n")
    end,
    call("gold-t", ccr("gold", "001019000000001", 3, 1, [])),
    call("barred-i", ccr("barred", "001019000000666", 1, 0, [])),
    %% an AVP with the M bit that Gx does not define (RFC 6733 §4.1): 5001 with it in Failed-AVP
    call("unknown-i", ccr("unknown", "001019000000003", 1, 0,
        [{'AVP', [#diameter_avp{code = 64999, vendor_id = undefined, is_mandatory = true, data = <<"x">>}]}])),
    otp_peer:stop(?SVC),
    ok.

%% One session per plan: the Session-Id is made from the plan's name, so CCR-I, -U and -T share it.
ccr(Plan, Imsi, Type, Number, Extra) ->
    ['CCR',
     {'Session-Id', ?HOST ++ ";1700000000;" ++ Plan},
     {'Auth-Application-Id', ?GX},
     {'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM},
     {'Destination-Realm', ?REALM},
     {'CC-Request-Type', Type},
     {'CC-Request-Number', Number},
     {'Subscription-Id', [[{'Subscription-Id-Type', 1}, {'Subscription-Id-Data', Imsi}]]},
     {'Supported-Features', [[{'Vendor-Id', 10415}, {'Feature-List-ID', 1}, {'Feature-List', 3}]]}]
    ++ initial(Type, Plan)
    ++ Extra.

%% What only a CCR-I carries here: the UE address and the access (IP-CAN-Type 3GPP-EPS, RAT-Type EUTRAN).
initial(1, Plan) ->
    [{'Framed-IP-Address', [<<10, 7, 0, (octet(Plan))>>]}, {'IP-CAN-Type', [5]}, {'RAT-Type', [1004]},
     {'Called-Station-Id', [<<"internet">>]}];
initial(_, _) ->
    [].

octet("basic") -> 1;
octet("gold") -> 2;
octet("barred") -> 3;
octet("unknown") -> 4.

call(Name, Msg) ->
    otp_peer:call(?SVC, Name, Msg, fun facts/1).

%% The values the test checks, as key=value fields.
facts(Avps) ->
    Qos = maps:get('QoS-Information', Avps, []),
    Bearer = maps:get('Default-EPS-Bearer-QoS', Avps, []),
    Installs = maps:get('Charging-Rule-Install', Avps, []),
    Monitors = maps:get('Usage-Monitoring-Information', Avps, []),
    lists:flatten(io_lib:format(
        " exp=~w failed=~w qci=~w ambr_ul=~w ambr_dl=~w rules=~s bases=~s dynamic=~s monitors=~s triggers=~w features=~w",
        [experimental(Avps),
         [C || #{'AVP' := As} <- maps:get('Failed-AVP', Avps, []), #diameter_avp{code = C} <- As],
         [Q || #{'QoS-Class-Identifier' := [Q]} <- one(Bearer)],
         [U || #{'APN-Aggregate-Max-Bitrate-UL' := [U]} <- Qos],
         [D || #{'APN-Aggregate-Max-Bitrate-DL' := [D]} <- Qos],
         otp_peer:names([N || #{'Charging-Rule-Name' := Ns} <- Installs, N <- Ns]),
         otp_peer:names([B || #{'Charging-Rule-Base-Name' := Bs} <- Installs, B <- Bs]),
         otp_peer:names([N || #{'Charging-Rule-Definition' := Ds} <- Installs, #{'Charging-Rule-Name' := N} <- Ds]),
         otp_peer:names([K || #{'Monitoring-Key' := [K]} <- Monitors]),
         maps:get('Event-Trigger', Avps, []),
         [L || #{'Feature-List' := L} <- maps:get('Supported-Features', Avps, [])]])).

experimental(Avps) ->
    case maps:get('Experimental-Result', Avps, none) of
        [#{'Experimental-Result-Code' := C}] -> C;
        #{'Experimental-Result-Code' := C} -> C;
        _ -> none
    end.

one([]) -> [];
one([M]) when is_map(M) -> [M];
one(M) when is_map(M) -> [M].

%% A RAR: reported to the main process as one line, answered RAA 2001 (TS 29.212 §5.6.5).
request('RAR', Avps, Errors, _Caps) ->
    Removed = otp_peer:names([N || #{'Charging-Rule-Name' := Ns} <- maps:get('Charging-Rule-Remove', Avps, []),
                                   N <- Ns]),
    otp_gx_main ! {rar, io_lib:format("rar session=~s type=~w errors=~w removed=~s",
                                      [maps:get('Session-Id', Avps), maps:get('Re-Auth-Request-Type', Avps),
                                       otp_peer:codes(Errors), Removed])},
    ['RAA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
     {'Result-Code', [2001]}];
request(_, _, _, _) ->
    no.

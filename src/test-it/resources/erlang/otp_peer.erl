%% What the Erlang/OTP peers of the end-to-end tests share (otp_gx_client, otp_rx_client,
%% otp_sy_ocs, otp_gx_server): the service they start, the connection they open and wait for,
%% the requests they send and print, and the diameter_app callbacks. A peer's own requests
%% handler is passed as the callback module's extra argument ({module, [otp_peer, Handler]}):
%% Handler(Name, Avps, Errors, Caps) returns the reply, or no for 3001.
-module(otp_peer).

-include_lib("diameter/include/diameter.hrl").

-export([main/1, port/1, service/6, connect/3, listen/3, call/4, stop/1, codes/1, names/1]).
-export([peer_up/4, peer_down/4, pick_peer/5, prepare_request/4, prepare_retransmit/4,
         handle_answer/5, handle_error/5, handle_request/4]).

%% Runs a peer's Run(): exit status 0 when it returns, 3 (with the reason printed) when it fails.
main(Run) ->
    try Run() of
        _ -> halt(0)
    catch
        C:R:S -> io:format("failed ~p:~p ~p~n", [C, R, S]), halt(3)
    end.

%% A port number given on the command line (erl -s passes atoms).
port(Arg) ->
    list_to_integer(atom_to_list(Arg)).

%% The service of a peer named Host in Realm serving application AppId (vendor 10415) with
%% the dictionary Dict; Strict is OTP's strict_mbit; answers come back with their errors.
service(Host, Realm, AppId, Dict, Strict, Handler) ->
    [{'Origin-Host', Host},
     {'Origin-Realm', Realm},
     {'Host-IP-Address', [{127,0,0,1}]},
     {'Vendor-Id', 10415},
     {'Product-Name', "OTP diameter " ++ atom_to_list(Dict)},
     {'Supported-Vendor-Id', [10415]},
     {'Vendor-Specific-Application-Id', [[{'Vendor-Id', 10415}, {'Auth-Application-Id', [AppId]}]]},
     {decode_format, map},
     {string_decode, false},
     {strict_mbit, Strict},
     {application, [{alias, app}, {dictionary, Dict}, {module, [?MODULE, Handler]},
                    {answer_errors, callback}]}].

%% Starts Svc, dials 127.0.0.1:Port and waits for the capability exchange; prints "up".
connect(Svc, Service, Port) ->
    ok = diameter:start(),
    ok = diameter:start_service(Svc, Service),
    true = diameter:subscribe(Svc),
    {ok, _} = diameter:add_transport(Svc, {connect, [{transport_module, diameter_tcp},
        {transport_config, [{raddr, {127,0,0,1}}, {rport, Port}, {ip, {127,0,0,1}}]},
        {connect_timer, 30000}]}),
    await(Svc, up, 10000),
    io:format("up~n").

%% Starts Svc listening on 127.0.0.1:Port; prints "listening".
listen(Svc, Service, Port) ->
    ok = diameter:start(),
    ok = diameter:start_service(Svc, Service),
    {ok, _} = diameter:add_transport(Svc, {listen, [{transport_module, diameter_tcp},
        {transport_config, [{reuseaddr, true}, {ip, {127,0,0,1}}, {port, Port}]}]}),
    io:format("listening~n").

%% Sends Msg and prints "answer name=Name rc=R errors=[..]" and what Facts(Avps) adds.
call(Svc, Name, Msg, Facts) ->
    case diameter:call(Svc, app, Msg, [{timeout, 10000}]) of
        {answer, [_Cmd | Avps], Errors} ->
            io:format("answer name=~s rc=~w errors=~w~s~n",
                      [Name, maps:get('Result-Code', Avps, none), codes(Errors), Facts(Avps)]);
        Other ->
            io:format("answer name=~s failed=~0p~n", [Name, Other])
    end.

%% Stops Svc (DPR to the peer, RFC 6733 §5.4) and prints "down".
stop(Svc) ->
    ok = diameter:stop_service(Svc),
    await(Svc, down, 10000),
    io:format("down~n").

%% The result codes of the errors OTP's decoder found ({Code, Avp} or Code).
codes(Errors) ->
    [case E of {C, _} -> C; C -> C end || E <- Errors].

%% Names joined by commas ("-" for none), so a field stays free of blanks.
names([]) -> "-";
names(Bins) -> lists:join(",", [binary_to_list(B) || B <- Bins]).

await(Svc, What, Timeout) ->
    receive
        #diameter_event{service = Svc, info = {up, _, _, _, _}} when What == up -> ok;
        #diameter_event{service = Svc, info = {up, _, _, _}} when What == up -> ok;
        #diameter_event{service = Svc, info = {down, _, _, _}} when What == down -> ok;
        #diameter_event{service = Svc, info = stop} when What == down -> ok;
        #diameter_event{service = Svc, info = {closed, _, Reason, _}} when What == up ->
            io:format("closed reason=~0p~n", [Reason]), halt(2);
        #diameter_event{} -> await(Svc, What, Timeout)
    after Timeout ->
        io:format("timeout waiting=~s~n", [What]), halt(2)
    end.

%% diameter_app callbacks

peer_up(_Svc, _Peer, State, _Handler) -> State.
peer_down(_Svc, _Peer, State, _Handler) -> State.
pick_peer([Peer | _], _, _Svc, _State, _Handler) -> {ok, Peer}.
prepare_request(Pkt, _Svc, _Peer, _Handler) -> {send, Pkt}.
prepare_retransmit(Pkt, _Svc, _Peer, _Handler) -> {send, Pkt}.
handle_answer(#diameter_packet{msg = Msg, errors = Errors}, _Request, _Svc, _Peer, _Handler) ->
    {answer, Msg, Errors}.
handle_error(Reason, _Request, _Svc, _Peer, _Handler) -> {error, Reason}.

handle_request(#diameter_packet{msg = [Name | Avps], errors = Errors}, _Svc, {_, Caps}, Handler) ->
    case Handler(Name, Avps, Errors, Caps) of
        no -> {answer_message, 3001};
        Reply -> {reply, Reply}
    end.

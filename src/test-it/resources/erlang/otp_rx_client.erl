%% An Erlang/OTP diameter Rx client (the AF, a P-CSCF) for ErlangRxTest: it dials pcrfd, exchanges
%% CER/CEA with OTP's own capability checks, sends an AAR with one audio component for the UE
%% address of a live Gx session (held by the test's PCEF), waits for the ASR the end of that Gx
%% session brings (answered ASA 2001), ends the AF session with STR, then stops with DPR.
%%
%%   erl -noshell -pa DIR -s otp_rx_client main PORT UE_ADDRESS
%%
%% Printed lines (key=value fields, values without blanks):
%%   up                                            the CEA was accepted (common application Rx)
%%   answer name=aar|str rc=R errors=[..] app=A    one per request
%%   asr session=S cause=C errors=[..]             the ASR received (or "asr none")
%%   down                                          the service stopped after DPR/DPA
%% answer_errors=callback hands every answer over with the errors OTP's strict decoder found.
-module(otp_rx_client).

-include_lib("diameter/include/diameter.hrl").

-export([main/1]).
-export([peer_up/3, peer_down/3, pick_peer/4, prepare_request/3, prepare_retransmit/3,
         handle_answer/4, handle_error/4, handle_request/3]).

-define(SVC, otp_af).
-define(HOST, "otp-af.ims.example").
-define(REALM, "ims.example").
-define(RX, 16777236).
-define(SESSION, ?HOST ++ ";1700000000;call").

main([PortArg, UeArg]) ->
    Port = list_to_integer(atom_to_list(PortArg)),
    {ok, Ue} = inet:parse_ipv4_address(atom_to_list(UeArg)),
    try run(Port, Ue) of
        ok -> halt(0)
    catch
        C:R:S -> io:format("failed ~p:~p ~p~n", [C, R, S]), halt(3)
    end.

run(Port, Ue) ->
    register(otp_rx_main, self()),
    ok = diameter:start(),
    ok = diameter:start_service(?SVC, service()),
    true = diameter:subscribe(?SVC),
    {ok, _} = diameter:add_transport(?SVC, {connect, [{transport_module, diameter_tcp},
        {transport_config, [{raddr, {127,0,0,1}}, {rport, Port}, {ip, {127,0,0,1}}]},
        {connect_timer, 30000}]}),
    await(up, 10000),
    io:format("up~n"),
    call("aar", aar(Ue)),
    %% the test now ends the Gx session: TS 29.214 §4.4.4, the PCRF aborts the AF session
    receive
        {asr, Line} -> io:format("~s~n", [Line])
    after 15000 ->
        io:format("asr none~n")
    end,
    call("str", ['STR', {'Session-Id', ?SESSION}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
                 {'Destination-Realm', "rx.example"}, {'Auth-Application-Id', ?RX},
                 {'Termination-Cause', 1}]),
    ok = diameter:stop_service(?SVC),
    await(down, 10000),
    io:format("down~n"),
    ok.

service() ->
    [{'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM},
     {'Host-IP-Address', [{127,0,0,1}]},
     {'Vendor-Id', 10415},
     {'Product-Name', "OTP diameter Rx client"},
     {'Supported-Vendor-Id', [10415]},
     {'Vendor-Specific-Application-Id', [[{'Vendor-Id', 10415}, {'Auth-Application-Id', [?RX]}]]},
     {decode_format, map},
     {string_decode, false},
     {strict_mbit, true},
     {application, [{alias, rx}, {dictionary, otp_rx}, {module, ?MODULE}, {answer_errors, callback}]}].

%% One audio component: RTP both ways (TS 29.213 §6.2, as a P-CSCF maps an SDP audio line).
aar({A, B, C, D} = _Ue) ->
    Ue = lists:flatten(io_lib:format("~w.~w.~w.~w", [A, B, C, D])),
    ['AAR',
     {'Session-Id', ?SESSION},
     {'Auth-Application-Id', ?RX},
     {'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM},
     {'Destination-Realm', "rx.example"},
     {'Framed-IP-Address', [<<A, B, C, D>>]},
     {'Called-Station-Id', [<<"ims">>]},
     {'Media-Component-Description',
      [[{'Media-Component-Number', 1},
        {'Media-Type', [0]},
        {'Max-Requested-Bandwidth-UL', [38000]},
        {'Max-Requested-Bandwidth-DL', [38000]},
        {'Media-Sub-Component',
         [[{'Flow-Number', 1},
           {'Flow-Description', ["permit out 17 from 198.51.100.7 49152 to " ++ Ue ++ " 5000",
                                 "permit in 17 from " ++ Ue ++ " 5000 to 198.51.100.7 49152"]}]]}]]}].

call(Name, Msg) ->
    case diameter:call(?SVC, rx, Msg, [{timeout, 10000}]) of
        {answer, [_Cmd | Avps], Errors} ->
            io:format("answer name=~s rc=~w errors=~w app=~w~n",
                      [Name, maps:get('Result-Code', Avps, none), codes(Errors),
                       maps:get('Auth-Application-Id', Avps, none)]);
        Other ->
            io:format("answer name=~s failed=~0p~n", [Name, Other])
    end.

codes(Errors) ->
    [case E of {C, _} -> C; C -> C end || E <- Errors].

await(What, Timeout) ->
    receive
        #diameter_event{service = ?SVC, info = {up, _, _, _, _}} when What == up -> ok;
        #diameter_event{service = ?SVC, info = {up, _, _, _}} when What == up -> ok;
        #diameter_event{service = ?SVC, info = {down, _, _, _}} when What == down -> ok;
        #diameter_event{service = ?SVC, info = stop} when What == down -> ok;
        #diameter_event{service = ?SVC, info = {closed, _, Reason, _}} when What == up ->
            io:format("closed reason=~0p~n", [Reason]), halt(2);
        #diameter_event{} -> await(What, Timeout)
    after Timeout ->
        io:format("timeout waiting=~s~n", [What]), halt(2)
    end.

%% diameter_app callbacks

peer_up(_Svc, _Peer, State) -> State.
peer_down(_Svc, _Peer, State) -> State.
pick_peer([Peer | _], _, _Svc, _State) -> {ok, Peer}.
prepare_request(Pkt, _Svc, _Peer) -> {send, Pkt}.
prepare_retransmit(Pkt, _Svc, _Peer) -> {send, Pkt}.
handle_answer(#diameter_packet{msg = Msg, errors = Errors}, _Request, _Svc, _Peer) -> {answer, Msg, Errors}.
handle_error(Reason, _Request, _Svc, _Peer) -> {error, Reason}.

%% An ASR: reported to the main process as one line, answered ASA 2001 (TS 29.214 §5.6.8).
handle_request(#diameter_packet{msg = ['ASR' | Avps], errors = Errors}, _Svc, _Peer) ->
    otp_rx_main ! {asr, io_lib:format("asr session=~s cause=~w errors=~w",
                                      [maps:get('Session-Id', Avps), maps:get('Abort-Cause', Avps),
                                       codes(Errors)])},
    {reply, ['ASA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Origin-Host', ?HOST},
             {'Origin-Realm', ?REALM}, {'Result-Code', [2001]}]};
handle_request(_Pkt, _Svc, _Peer) ->
    {answer_message, 3001}.

%% An Erlang/OTP diameter OCS on Sy (TS 29.219) for ErlangSyTest: it dials pcrfd (which routes
%% SLR and STR to it by Destination-Host), answers SLR with every asked counter "exhausted",
%% then, once it has answered the first SLR, notifies the PCRF with an SNR that data-cap is
%% "normal" again, and answers the STR that ends the Sy session; then it stops with DPR.
%%
%%   erl -noshell -pa DIR -s otp_sy_ocs main PORT
%%
%% Printed lines (key=value fields, values without blanks):
%%   up                                             the CEA was accepted (common application Sy)
%%   slr session=S type=T counters=C subscriber=I errors=[..]   the SLR received (or "slr none")
%%   answer name=snr rc=R errors=[..]               the SNA to our SNR
%%   str session=S cause=C errors=[..]              the STR received (or "str none")
%%   down                                           the service stopped after DPR/DPA
-module(otp_sy_ocs).

-include_lib("diameter/include/diameter.hrl").

-export([main/1]).
-export([peer_up/3, peer_down/3, pick_peer/4, prepare_request/3, prepare_retransmit/3,
         handle_answer/4, handle_error/4, handle_request/3]).

-define(SVC, otp_ocs).
-define(HOST, "ocs.e2e.example").
-define(REALM, "ocs.e2e.example").
-define(SY, 16777302).

main([PortArg]) ->
    Port = list_to_integer(atom_to_list(PortArg)),
    try run(Port) of
        ok -> halt(0)
    catch
        C:R:S -> io:format("failed ~p:~p ~p~n", [C, R, S]), halt(3)
    end.

run(Port) ->
    register(otp_sy_main, self()),
    ok = diameter:start(),
    ok = diameter:start_service(?SVC, service()),
    true = diameter:subscribe(?SVC),
    {ok, _} = diameter:add_transport(?SVC, {connect, [{transport_module, diameter_tcp},
        {transport_config, [{raddr, {127,0,0,1}}, {rport, Port}, {ip, {127,0,0,1}}]},
        {connect_timer, 30000}]}),
    await(up, 10000),
    io:format("up~n"),
    %% the test now opens a Gx session: the PCRF asks for its counters
    SySession = receive
        {slr, Line, Session} -> io:format("~s~n", [Line]), Session
    after 20000 ->
        io:format("slr none~n"), halt(2)
    end,
    call("snr", ['SNR', {'Session-Id', SySession}, {'Auth-Application-Id', ?SY},
                 {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
                 {'Destination-Realm', "e2e.example"}, {'Destination-Host', "pcrf.sy.e2e.example"},
                 {'Policy-Counter-Status-Report', [[{'Policy-Counter-Identifier', <<"data-cap">>},
                                                    {'Policy-Counter-Status', <<"normal">>}]]}]),
    %% the test now ends the Gx session: the PCRF ends the Sy session
    receive
        {str, StrLine} -> io:format("~s~n", [StrLine])
    after 20000 ->
        io:format("str none~n")
    end,
    ok = diameter:stop_service(?SVC),
    await(down, 10000),
    io:format("down~n"),
    ok.

service() ->
    [{'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM},
     {'Host-IP-Address', [{127,0,0,1}]},
     {'Vendor-Id', 10415},
     {'Product-Name', "OTP diameter Sy OCS"},
     {'Supported-Vendor-Id', [10415]},
     {'Vendor-Specific-Application-Id', [[{'Vendor-Id', 10415}, {'Auth-Application-Id', [?SY]}]]},
     {decode_format, map},
     {string_decode, false},
     {strict_mbit, true},
     {application, [{alias, sy}, {dictionary, otp_sy}, {module, ?MODULE}, {answer_errors, callback}]}].

call(Name, Msg) ->
    case diameter:call(?SVC, sy, Msg, [{timeout, 10000}]) of
        {answer, [_Cmd | Avps], Errors} ->
            io:format("answer name=~s rc=~w errors=~w~n",
                      [Name, maps:get('Result-Code', Avps, none), codes(Errors)]);
        Other ->
            io:format("answer name=~s failed=~0p~n", [Name, Other])
    end.

codes(Errors) ->
    [case E of {C, _} -> C; C -> C end || E <- Errors].

names([]) -> "-";
names(Bins) -> lists:join(",", [binary_to_list(B) || B <- Bins]).

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

%% SLR: every asked counter "exhausted", answered SLA 2001 (TS 29.219 §5.6.3).
handle_request(#diameter_packet{msg = ['SLR' | Avps], errors = Errors}, _Svc, _Peer) ->
    Session = maps:get('Session-Id', Avps),
    Counters = maps:get('Policy-Counter-Identifier', Avps, []),
    Subscriber = [D || #{'Subscription-Id-Data' := D} <- maps:get('Subscription-Id', Avps, [])],
    otp_sy_main ! {slr, io_lib:format("slr session=~s type=~w counters=~s subscriber=~s errors=~w",
                                      [Session, maps:get('SL-Request-Type', Avps), names(Counters),
                                       names(Subscriber), codes(Errors)]), Session},
    {reply, ['SLA', {'Session-Id', Session}, {'Auth-Application-Id', ?SY}, {'Origin-Host', ?HOST},
             {'Origin-Realm', ?REALM}, {'Result-Code', [2001]},
             {'Policy-Counter-Status-Report', [[{'Policy-Counter-Identifier', C},
                                                {'Policy-Counter-Status', <<"exhausted">>}] || C <- Counters]}]};
%% STR: the Sy session ends, answered STA 2001 (TS 29.219 §5.6.6).
handle_request(#diameter_packet{msg = ['STR' | Avps], errors = Errors}, _Svc, _Peer) ->
    Session = maps:get('Session-Id', Avps),
    otp_sy_main ! {str, io_lib:format("str session=~s cause=~w errors=~w",
                                      [Session, maps:get('Termination-Cause', Avps), codes(Errors)])},
    {reply, ['STA', {'Session-Id', Session}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
             {'Result-Code', [2001]}]};
handle_request(_Pkt, _Svc, _Peer) ->
    {answer_message, 3001}.

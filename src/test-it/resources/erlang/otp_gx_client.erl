%% An Erlang/OTP diameter Gx client (the PCEF side) for ErlangGxTest: it dials pcrfd, exchanges
%% CER/CEA with OTP's own capability checks, sends the CCRs the test names and prints one line
%% per answer for the test to read, then stops its service, which sends DPR (RFC 6733 §5.4).
%%
%%   erl -noshell -pa DIR -s otp_gx_client main PORT
%%
%% Printed lines (one per event, key=value fields, values without blanks):
%%   up                          the CEA was accepted (common application Gx)
%%   answer name=N rc=R exp=E errors=[..] ...   one per CCR
%%   rar session=S type=T errors=[..] removed=R  the RAR the test provokes after gold-i (or "rar none")
%%   down                        the peer connection ended after DPR/DPA
%% The decoder is strict: answer_errors=callback hands every answer over with the errors OTP
%% found (an M-bit AVP outside the grammar is 5001, a bad length 5014, ...), and they are
%% printed, so the test can require none.
-module(otp_gx_client).

-include_lib("diameter/include/diameter.hrl").

-export([main/1]).
-export([peer_up/3, peer_down/3, pick_peer/4, prepare_request/3, prepare_retransmit/3,
         handle_answer/4, handle_error/4, handle_request/3]).

-define(SVC, otp_pcef).
-define(HOST, "otp-pcef.e2e.example").
-define(REALM, "e2e.example").
-define(GX, 16777238).

main([PortArg]) ->
    Port = list_to_integer(atom_to_list(PortArg)),
    try run(Port) of
        ok -> halt(0)
    catch
        C:R:S -> io:format("failed ~p:~p ~p~n", [C, R, S]), halt(3)
    end.

run(Port) ->
    register(otp_gx_main, self()),
    ok = diameter:start(),
    ok = diameter:start_service(?SVC, service()),
    true = diameter:subscribe(?SVC),
    {ok, _} = diameter:add_transport(?SVC, {connect, [{transport_module, diameter_tcp},
        {transport_config, [{raddr, {127,0,0,1}}, {rport, Port}, {ip, {127,0,0,1}}]},
        {connect_timer, 30000}]}),
    await(up, 10000),
    io:format("up~n"),
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
    ok = diameter:stop_service(?SVC),
    await(down, 10000),
    io:format("down~n"),
    ok.

service() ->
    [{'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM},
     {'Host-IP-Address', [{127,0,0,1}]},
     {'Vendor-Id', 10415},
     {'Product-Name', "OTP diameter Gx client"},
     {'Supported-Vendor-Id', [10415]},
     {'Vendor-Specific-Application-Id', [[{'Vendor-Id', 10415}, {'Auth-Application-Id', [?GX]}]]},
     {decode_format, map},
     {string_decode, false},
     {strict_mbit, true},
     {application, [{alias, gx}, {dictionary, otp_gx}, {module, ?MODULE}, {answer_errors, callback}]}].

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
octet("barred") -> 3.

call(Name, Msg) ->
    case diameter:call(?SVC, gx, Msg, [{timeout, 5000}]) of
        {answer, ['CCA' | Avps], Errors} ->
            io:format("answer name=~s rc=~p exp=~p errors=~w ~s~n",
                      [Name, maps:get('Result-Code', Avps, none), experimental(Avps), codes(Errors),
                       facts(Avps)]);
        Other ->
            io:format("answer name=~s failed=~0p~n", [Name, Other])
    end.

experimental(Avps) ->
    case maps:get('Experimental-Result', Avps, none) of
        [#{'Experimental-Result-Code' := C}] -> C;
        #{'Experimental-Result-Code' := C} -> C;
        _ -> none
    end.

%% The values the test checks, as key=value fields.
facts(Avps) ->
    Qos = maps:get('QoS-Information', Avps, []),
    Bearer = maps:get('Default-EPS-Bearer-QoS', Avps, []),
    Installs = maps:get('Charging-Rule-Install', Avps, []),
    Monitors = maps:get('Usage-Monitoring-Information', Avps, []),
    lists:flatten(io_lib:format(
        "qci=~w ambr_ul=~w ambr_dl=~w rules=~s bases=~s dynamic=~s monitors=~s triggers=~w features=~w",
        [[Q || #{'QoS-Class-Identifier' := [Q]} <- one(Bearer)],
         [U || #{'APN-Aggregate-Max-Bitrate-UL' := [U]} <- Qos],
         [D || #{'APN-Aggregate-Max-Bitrate-DL' := [D]} <- Qos],
         names([N || #{'Charging-Rule-Name' := Ns} <- Installs, N <- Ns]),
         names([B || #{'Charging-Rule-Base-Name' := Bs} <- Installs, B <- Bs]),
         names([N || #{'Charging-Rule-Definition' := Ds} <- Installs, #{'Charging-Rule-Name' := N} <- Ds]),
         names([K || #{'Monitoring-Key' := [K]} <- Monitors]),
         maps:get('Event-Trigger', Avps, []),
         [L || #{'Feature-List' := L} <- maps:get('Supported-Features', Avps, [])]])).

%% Names joined by commas ("-" for none), so a field stays free of blanks.
names([]) -> "-";
names(Bins) -> lists:join(",", [binary_to_list(B) || B <- Bins]).

tuple(T) when is_tuple(T) -> T;
tuple(A) -> {A}.

one([]) -> [];
one([M]) when is_map(M) -> [M];
one(M) when is_map(M) -> [M].

await(What, Timeout) ->
    receive
        #diameter_event{service = ?SVC, info = {up, _, _, _, _}} when What == up -> ok;
        #diameter_event{service = ?SVC, info = {up, _, _, _}} when What == up -> ok;
        #diameter_event{service = ?SVC, info = {down, _, _, _}} when What == down -> ok;
        #diameter_event{service = ?SVC, info = stop} when What == down -> ok;
        #diameter_event{service = ?SVC, info = {closed, _, Reason, _}} when What == up ->
            io:format("closed reason=~0p~n", [Reason]), halt(2);
        #diameter_event{info = Info} -> io:format("event ~0p~n", [element(1, tuple(Info))]), await(What, Timeout)
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
%% A RAR: reported to the main process as one line, answered RAA 2001 (TS 29.212 §5.6.5).
handle_request(#diameter_packet{msg = ['RAR' | Avps], errors = Errors}, _Svc, _Peer) ->
    Removed = names([N || #{'Charging-Rule-Name' := Ns} <- maps:get('Charging-Rule-Remove', Avps, []), N <- Ns]),
    otp_gx_main ! {rar, io_lib:format("rar session=~s type=~w errors=~w removed=~s",
                                      [maps:get('Session-Id', Avps), maps:get('Re-Auth-Request-Type', Avps),
                                       codes(Errors), Removed])},
    {reply, ['RAA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Origin-Host', ?HOST},
             {'Origin-Realm', ?REALM}, {'Result-Code', [2001]}]};
handle_request(_Pkt, _Svc, _Peer) ->
    {answer_message, 3001}.

%% The result codes of the errors OTP's decoder found ({Code, Avp} or Code).
codes(Errors) ->
    [case E of {C, _} -> C; C -> C end || E <- Errors].

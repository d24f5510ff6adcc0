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
%% The decoder is strict (otp_peer); the errors it finds are printed.
-module(otp_rx_client).

-export([main/1]).

-define(SVC, otp_af).
-define(HOST, "otp-af.ims.example").
-define(REALM, "ims.example").
-define(RX, 16777236).
-define(SESSION, ?HOST ++ ";1700000000;call").

main([Port, Ue]) ->
    otp_peer:main(fun() ->
        {ok, Address} = inet:parse_ipv4_address(atom_to_list(Ue)),
        run(otp_peer:port(Port), Address)
    end).

run(Port, Ue) ->
    register(otp_rx_main, self()),
    otp_peer:connect(?SVC, otp_peer:service(?HOST, ?REALM, ?RX, otp_rx, true, fun request/4), Port),
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
    otp_peer:stop(?SVC),
    ok.

%% One audio component: RTP both ways (TS 29.213 §6.2, as a P-CSCF maps an SDP audio line).
aar({A, B, C, D}) ->
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
    otp_peer:call(?SVC, Name, Msg,
                  fun(Avps) -> io_lib:format(" app=~w", [maps:get('Auth-Application-Id', Avps, none)]) end).

%% An ASR: reported to the main process as one line, answered ASA 2001 (TS 29.214 §5.6.8).
request('ASR', Avps, Errors, _Caps) ->
    otp_rx_main ! {asr, io_lib:format("asr session=~s cause=~w errors=~w",
                                      [maps:get('Session-Id', Avps), maps:get('Abort-Cause', Avps),
                                       otp_peer:codes(Errors)])},
    ['ASA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
     {'Result-Code', [2001]}];
request(_, _, _, _) ->
    no.

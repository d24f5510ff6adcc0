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
%% The decoder is strict (otp_peer); the errors it finds are printed.
-module(otp_sy_ocs).

-export([main/1]).

-define(SVC, otp_ocs).
-define(HOST, "ocs.e2e.example").
-define(REALM, "ocs.e2e.example").
-define(SY, 16777302).

main([Port]) ->
    otp_peer:main(fun() -> run(otp_peer:port(Port)) end).

run(Port) ->
    register(otp_sy_main, self()),
    otp_peer:connect(?SVC, otp_peer:service(?HOST, ?REALM, ?SY, otp_sy, true, fun request/4), Port),
    %% the test now opens a Gx session: the PCRF asks for its counters
    SySession = receive
        {slr, Line, Session} -> io:format("~s~n", [Line]), Session
    after 20000 ->
        io:format("slr none~n"), halt(2)
    end,
    otp_peer:call(?SVC, "snr", ['SNR', {'Session-Id', SySession}, {'Auth-Application-Id', ?SY},
                                {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
                                {'Destination-Realm', "e2e.example"}, {'Destination-Host', "pcrf.sy.e2e.example"},
                                {'Policy-Counter-Status-Report', [[{'Policy-Counter-Identifier', <<"data-cap">>},
                                                                   {'Policy-Counter-Status', <<"normal">>}]]}],
                  fun(_) -> "" end),
    %% the test now ends the Gx session: the PCRF ends the Sy session
    receive
        {str, StrLine} -> io:format("~s~n", [StrLine])
    after 20000 ->
        io:format("str none~n")
    end,
    otp_peer:stop(?SVC),
    ok.

%% SLR: every asked counter "exhausted", answered SLA 2001 (TS 29.219 §5.6.3).
request('SLR', Avps, Errors, _Caps) ->
    Session = maps:get('Session-Id', Avps),
    Counters = maps:get('Policy-Counter-Identifier', Avps, []),
    Subscriber = [D || #{'Subscription-Id-Data' := D} <- maps:get('Subscription-Id', Avps, [])],
    otp_sy_main ! {slr, io_lib:format("slr session=~s type=~w counters=~s subscriber=~s errors=~w",
                                      [Session, maps:get('SL-Request-Type', Avps), otp_peer:names(Counters),
                                       otp_peer:names(Subscriber), otp_peer:codes(Errors)]), Session},
    ['SLA', {'Session-Id', Session}, {'Auth-Application-Id', ?SY}, {'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM}, {'Result-Code', [2001]},
     {'Policy-Counter-Status-Report', [[{'Policy-Counter-Identifier', C},
                                        {'Policy-Counter-Status', <<"exhausted">>}] || C <- Counters]}];
%% STR: the Sy session ends, answered STA 2001 (TS 29.219 §5.6.6).
request('STR', Avps, Errors, _Caps) ->
    Session = maps:get('Session-Id', Avps),
    otp_sy_main ! {str, io_lib:format("str session=~s cause=~w errors=~w",
                                      [Session, maps:get('Termination-Cause', Avps), otp_peer:codes(Errors)])},
    ['STA', {'Session-Id', Session}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM}, {'Result-Code', [2001]}];
request(_, _, _, _) ->
    no.

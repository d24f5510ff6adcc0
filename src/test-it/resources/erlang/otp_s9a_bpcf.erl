%% An Erlang/OTP diameter BPCF on S9a (TS 29.215 Annex A) for ErlangBpcfTest: it dials pcrfd,
%% answers the PCRF's Trigger-Establishment-Request (TER) with TEA 2001, then opens the S9a
%% session the TER asks for, with a CCR-I towards the PCRF the TER names (PCRF-Address) carrying
%% the identification the TER carried (IMSI, APN, UE local IP); it prints the CCA's QoS rules,
%% answers the RAR the test provokes next (a policy change), and stops with DPR.
%%
%%   erl -noshell -pa DIR -s otp_s9a_bpcf main PORT
%%
%% Printed lines (key=value fields, values without blanks):
%%   up                                              the CEA was accepted (common application S9a)
%%   ter session=S pcrf=P ue=U port=N imsi=I apn=A state=T errors=[..]   the TER (or "ter none")
%%   answer name=ccr-i rc=R errors=[..] rules=.. qci=[..] mbr_dl=[..]    the CCA-I
%%   rar session=S type=T errors=[..] installed=.. removed=..           the RAR (or "rar none")
%%   down                                            the service stopped after DPR/DPA
%% The decoder is strict (otp_peer); the errors it finds are printed.
-module(otp_s9a_bpcf).

-export([main/1]).

-define(SVC, otp_bpcf).
-define(HOST, "otp-bpcf.test.example").
-define(REALM, "test.example").
-define(S9A, 16777319).
-define(SESSION, "otp-bpcf.test.example;1700000000;s9a").

main([Port]) ->
    otp_peer:main(fun() -> run(otp_peer:port(Port)) end).

run(Port) ->
    register(otp_bpcf_main, self()),
    otp_peer:connect(?SVC, otp_peer:service(?HOST, ?REALM, ?S9A, otp_s9a, true, fun request/4), Port),
    %% the test now reports a Gx session from the fixed access: the PCRF sends its TER
    Ter = receive
        {ter, Line, Avps} -> io:format("~s~n", [Line]), Avps
    after 20000 ->
        io:format("ter none~n"), halt(2)
    end,
    otp_peer:call(?SVC, "ccr-i", ccr_i(Ter), fun facts/1),
    %% the test now changes the subscriber's policy: the PCRF sends a RAR on the S9a session
    receive
        {rar, RarLine} -> io:format("~s~n", [RarLine])
    after 20000 ->
        io:format("rar none~n")
    end,
    otp_peer:stop(?SVC),
    ok.

%% The CCR-I of the S9a session the TER asked for (TS 29.215 Annex A), sent to PCRF-Address.
ccr_i(Ter) ->
    [Pcrf] = maps:get('PCRF-Address', Ter),
    ['CCR', {'Session-Id', ?SESSION}, {'Auth-Application-Id', ?S9A}, {'Origin-Host', ?HOST},
     {'Origin-Realm', ?REALM}, {'Destination-Realm', maps:get('Origin-Realm', Ter)},
     {'Destination-Host', [Pcrf]}, {'CC-Request-Type', 1}, {'CC-Request-Number', 0},
     {'Subscription-Id', maps:get('Subscription-Id', Ter)}, {'Called-Station-Id', maps:get('Called-Station-Id', Ter)},
     {'UE-Local-IP-Address', maps:get('UE-Local-IP-Address', Ter)}].

%% The QoS rules of a CCA: names, QCIs and downlink MBRs of the definitions installed.
facts(Avps) ->
    Defs = [D || #{'QoS-Rule-Definition' := Ds} <- maps:get('QoS-Rule-Install', Avps, []), D <- Ds],
    lists:flatten(io_lib:format(" rules=~s qci=~w mbr_dl=~w",
        [otp_peer:names([N || #{'QoS-Rule-Name' := N} <- Defs]),
         [Q || #{'QoS-Information' := [#{'QoS-Class-Identifier' := [Q]}]} <- Defs],
         [M || #{'QoS-Information' := [#{'Max-Requested-Bandwidth-DL' := [M]}]} <- Defs]])).

%% TER: reported to the main process, answered TEA 2001 (TS 29.215 Annex A).
request('TER', Avps, Errors, _Caps) ->
    Ue = [inet:ntoa(A) || A <- maps:get('UE-Local-IP-Address', Avps, [])],
    Imsi = [D || #{'Subscription-Id-Data' := D} <- maps:get('Subscription-Id', Avps, [])],
    otp_bpcf_main ! {ter, io_lib:format("ter session=~s pcrf=~s ue=~s port=~w imsi=~s apn=~s state=~w errors=~w",
                                        [maps:get('Session-Id', Avps), otp_peer:names(maps:get('PCRF-Address', Avps, [])),
                                         lists:join(",", Ue), maps:get('UDP-Source-Port', Avps, []),
                                         otp_peer:names(Imsi), otp_peer:names(maps:get('Called-Station-Id', Avps, [])),
                                         maps:get('Auth-Session-State', Avps, []), otp_peer:codes(Errors)]), Avps},
    ['TEA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
     {'Result-Code', [2001]}];
%% RAR: reported to the main process, answered RAA 2001 (TS 29.215 Annex A).
request('RAR', Avps, Errors, _Caps) ->
    Installed = [N || #{'QoS-Rule-Definition' := Ds} <- maps:get('QoS-Rule-Install', Avps, []),
                      #{'QoS-Rule-Name' := N} <- Ds],
    Removed = [N || #{'QoS-Rule-Name' := Ns} <- maps:get('QoS-Rule-Remove', Avps, []), N <- Ns],
    otp_bpcf_main ! {rar, io_lib:format("rar session=~s type=~w errors=~w installed=~s removed=~s",
                                        [maps:get('Session-Id', Avps), maps:get('Re-Auth-Request-Type', Avps),
                                         otp_peer:codes(Errors), otp_peer:names(Installed),
                                         otp_peer:names(Removed)])},
    ['RAA', {'Session-Id', maps:get('Session-Id', Avps)}, {'Origin-Host', ?HOST}, {'Origin-Realm', ?REALM},
     {'Result-Code', [2001]}];
request(_, _, _, _) ->
    no.

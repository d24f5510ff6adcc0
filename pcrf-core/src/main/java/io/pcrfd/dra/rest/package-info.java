/**
 * The Policy DRA's REST API: bindings by IMSI (+ APN), MSISDN or UE address, removal of a
 * binding by hand, the pools and the state of their PCRFs; routes as data checked against
 * {@code dra-openapi.json} by a test, as for the other pcrfd servers.
 */
package io.pcrfd.dra.rest;

/**
 * The OCS's accounts: each a subscriber (named by one or more Subscription-Id-Data values) with
 * its credit containers ({@link io.pcrfd.ocs.credit}) and policy counters
 * ({@link io.pcrfd.ocs.counter}), and the change notifications the Sy side listens to.
 */
package io.pcrfd.ocs.account;

/**
 * oms4j's storage SPIs on PostgreSQL 14 or newer, over plain JDBC and a {@link javax.sql.DataSource} the host
 * supplies. {@link org.oms4j.store.jdbc.JdbcStores} is the entry point; it hands out {@link
 * org.oms4j.store.jdbc.JdbcOrderStore} and {@link org.oms4j.store.jdbc.JdbcInventoryStore}. Failures are typed:
 * {@link org.oms4j.core.StoreUnavailableException} (transient; retrying is safe), {@link
 * org.oms4j.store.jdbc.StoreConstraintException} and {@link org.oms4j.store.jdbc.StoreFailureException}.
 */
package org.oms4j.store.jdbc;

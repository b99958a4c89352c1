/**
 * Implementation details of oms4j: the in-memory store and shared checks. Not API: types here may change in any
 * release.
 */
package org.oms4j.core.internal;

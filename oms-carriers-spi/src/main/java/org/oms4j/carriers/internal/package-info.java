/** Implementation of the carriers module: guarded plugin calls and the reference table-rate carrier. Not API. */
package org.oms4j.carriers.internal;

/** Implementation details of oms4j forecasting: argument checks and numerical routines. Not API. */
package org.oms4j.forecasting.internal;

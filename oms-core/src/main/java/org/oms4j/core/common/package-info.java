/**
 * Values shared across oms4j: identifiers ({@link org.oms4j.core.common.Sku}, {@link
 * org.oms4j.core.common.LocationId}, ...), addresses, customers, service levels, payment status and actors. Every
 * type is immutable and refuses bad values with {@link org.oms4j.core.InvalidInputException}.
 */
@OmsStyle
package org.oms4j.core.common;

import org.oms4j.core.OmsStyle;

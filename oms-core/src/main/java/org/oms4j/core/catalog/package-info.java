/**
 * What the host knows about its SKUs that rules and packing need: tags (hazmat, oversize, cold chain) and weights,
 * through {@link org.oms4j.core.catalog.SkuCatalog}.
 */
package org.oms4j.core.catalog;

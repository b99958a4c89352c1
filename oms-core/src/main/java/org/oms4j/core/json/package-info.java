/** JSON for oms4j's values with Jackson: {@link org.oms4j.core.json.OmsJson} and {@link org.oms4j.core.json.OmsJacksonModule}. */
package org.oms4j.core.json;

package org.oms4j.core;

/**
 * The root of every exception oms4j throws on purpose. All are unchecked; catch this type to handle any oms4j
 * failure, or a subclass for one kind.
 */
public abstract class OmsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected OmsException(String message) {
    super(message);
  }

  protected OmsException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.obs.it.methods;

/** An overloaded method, of which only {@code reserve(String,int)} is configured, and a private one that is. */
public final class Inventory {

  private int reserved;

  public void reserve(String sku, int count) {
    check(sku);
    reserved += count;
  }

  public void reserve(String sku) {
    check(sku);
    reserved++;
  }

  private void check(String sku) {
    if (sku.isEmpty()) {
      throw new IllegalArgumentException("no sku");
    }
  }

  public int reserved() {
    return reserved;
  }
}

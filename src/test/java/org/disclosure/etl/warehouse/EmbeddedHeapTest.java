package org.disclosure.etl.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run whose embedded warehouse would share too small a heap is warned before it starts; nothing else is. */
class EmbeddedHeapTest {

    @Test
    void anH2WarehouseInA128MegabyteHeapIsWarnedAbout() {
        assertThat(EmbeddedHeap.warning("jdbc:h2:file:./data/warehouse/disclosure;AUTO_SERVER=TRUE", 128L << 20))
                .hasValueSatisfying(w -> assertThat(w).contains("128 MB heap").contains("-Xmx256m"));
    }

    @Test
    void enoughHeapOrAServerDatabaseIsNot() {
        assertThat(EmbeddedHeap.warning("jdbc:h2:file:./data/warehouse/disclosure", 256L << 20)).isEmpty();
        assertThat(EmbeddedHeap.warning("jdbc:postgresql://db/disclosure", 64L << 20)).isEmpty();
    }
}

package org.kafo.domain.gazetteer;

import java.util.List;

/** A place as a network administrator writes it: its name, its kind, its other spellings. */
public record PlaceInput(String name, PlaceKind kind, List<String> spellings) {
    public PlaceInput {
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }
}

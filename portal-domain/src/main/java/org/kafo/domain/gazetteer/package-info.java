/**
 * The gazetteer: the network's places with their spellings and transliterations ("Tinzawaten", "Tinzaouaten",
 * "Tin-Zaouatine"), kept by the network administrators, which search applies as synonyms at query time.
 */
package org.kafo.domain.gazetteer;

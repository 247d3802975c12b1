/**
 * Demo data, loaded at start-up when {@code KAFO_DEMO=true} (the run command sets it): the network's
 * real partners, actors and documents as the sources name them. Each feature adds a {@link
 * org.kafo.web.demo.DemoDataSet}; each set loads once, into an empty portal.
 */
package org.kafo.web.demo;

/** The home page's bean ({@code /index.xhtml}). */
package org.kafo.web.home.faces;

/* Kafo: PrimeFaces' upload writes its progress bar with an inline style attribute (display: none; width: 0%), which the
   pages' CSP refuses (style-src 'self', no inline style). The bar is written without it: kafo.css starts it at 0 %, and
   PrimeFaces widens it through the CSSOM (element.style), which the policy allows. */
(function ($) {
    if (!$ || !$.htmlPrefilter) {
        return;
    }
    var prefilter = $.htmlPrefilter;
    $.htmlPrefilter = function (html) {
        return prefilter.call(this, html).replace(' style="display: none; width: 0%;"', "");
    };
})(window.jQuery);

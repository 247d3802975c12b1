/* Kafo: a button with data-confirm asks before acting (instead of an inline onclick, which the pages' CSP forbids). */
document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (target && !window.confirm(target.getAttribute("data-confirm"))) {
        event.preventDefault();
    }
}, true);

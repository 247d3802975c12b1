/* Kafo: a button with data-confirm asks before acting (instead of an inline onclick, which the pages' CSP forbids), in the
   page's dialog (#confirm-dialog, its words from the page: <k:confirm/>); the browser's own confirm where <dialog> is missing.
   "Confirmer" clicks the button again, which then acts. */
(function () {
    var confirmed = null;
    document.addEventListener("click", function (event) {
        var target = event.target.closest ? event.target.closest("[data-confirm]") : null;
        if (!target) {
            return;
        }
        if (target === confirmed) {
            confirmed = null;
            return;
        }
        event.preventDefault();
        var question = target.getAttribute("data-confirm");
        var dialog = document.getElementById("confirm-dialog");
        if (!dialog || typeof dialog.showModal !== "function") {
            if (window.confirm(question)) {
                confirmed = target;
                target.click();
            }
            return;
        }
        dialog.querySelector(".confirm-text").textContent = question;
        dialog.returnValue = "";
        dialog.addEventListener("close", function answered() {
            dialog.removeEventListener("close", answered);
            if (dialog.returnValue === "yes") {
                confirmed = target;
                target.click();
            }
        });
        dialog.showModal();
    }, true);
})();

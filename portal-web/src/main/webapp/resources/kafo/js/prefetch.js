/* Kafo: after the page has loaded, and when the browser is idle, prefetch the files the page lists (.kafo-prefetch
   data-href): they arrive at the lowest priority, without taking the slow link from the page's own files. */
(function () {
    function prefetch() {
        var wanted = document.querySelectorAll(".kafo-prefetch[data-href]");
        for (var i = 0; i < wanted.length; i++) {
            var link = document.createElement("link");
            link.rel = "prefetch";
            link.href = wanted[i].getAttribute("data-href");
            document.head.appendChild(link);
        }
    }
    function later() {
        if (window.requestIdleCallback) {
            window.requestIdleCallback(prefetch, {timeout: 5000});
        } else {
            window.setTimeout(prefetch, 1000);
        }
    }
    if (document.readyState === "complete") {
        later();
    } else {
        window.addEventListener("load", later);
    }
})();

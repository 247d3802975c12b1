/* The header's search box: titles offered as one types (a native datalist, no library), and choosing one
   opens its page. Without JavaScript the box still searches. */
(function () {
    var form = document.getElementById('search-box');
    var input = document.getElementById('search-q');
    var list = document.getElementById('search-suggestions');
    if (!form || !input || !list || !window.XMLHttpRequest) {
        return;
    }
    var links = {};
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
        if (links.hasOwnProperty(input.value)) {
            window.location.href = form.getAttribute('data-base') + links[input.value];
            return;
        }
        var typed = input.value.replace(/^\s+|\s+$/g, '');
        window.clearTimeout(timer);
        if (typed.length < 2 || typed === asked) {
            return;
        }
        timer = window.setTimeout(function () {
            asked = typed;
            var request = new XMLHttpRequest();
            request.open('GET', form.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed));
            request.onload = function () {
                if (request.status !== 200 || typed !== asked) {
                    return;
                }
                var suggestions = JSON.parse(request.responseText);
                links = {};
                while (list.firstChild) {
                    list.removeChild(list.firstChild);
                }
                for (var i = 0; i < suggestions.length; i++) {
                    var option = document.createElement('option');
                    option.value = suggestions[i].title;
                    list.appendChild(option);
                    if (suggestions[i].link) {
                        links[suggestions[i].title] = suggestions[i].link;
                    }
                }
            };
            request.send();
        }, 200);
    });
})();

/* The header's two behaviours, one small file (one request on a slow link), no library:
   - the menu on phones: on a narrow screen the navigation and the account fold behind the "Menu" button (a
     disclosure: aria-expanded; Enter or the space bar opens and folds it, Escape folds it and gives the focus back).
     Without JavaScript the button is a link to the menu, which shows it (#site-menu:target).
   - the search box: titles offered as one types (a native datalist); choosing one opens its page (the servlet
     answers each title's address, context path included). Without JavaScript the box still searches. */
(function () {
    var header = document.getElementById('site-header');
    var toggle = document.getElementById('menu-toggle');
    if (header && toggle) {
        header.className += ' js-menu';
        var setOpen = function (open) {
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            header.className = header.className.replace(/\s*\bmenu-open\b/g, '') + (open ? ' menu-open' : '');
        };
        var flip = function (event) {
            event.preventDefault(); // a toggle, not a jump to #site-menu
            setOpen(toggle.getAttribute('aria-expanded') !== 'true');
        };
        toggle.addEventListener('click', flip);
        header.addEventListener('keydown', function (event) {
            if (event.target === toggle && (event.key === ' ' || event.key === 'Spacebar')) {
                flip(event); // a button answers the space bar too
            } else if ((event.key === 'Escape' || event.key === 'Esc') && toggle.getAttribute('aria-expanded') === 'true') {
                setOpen(false);
                toggle.focus();
            }
        });
    }
})();
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
            window.location.href = links[input.value];
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

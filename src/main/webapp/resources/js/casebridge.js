/*
 * CaseBridge's own script, loaded on every page (a file, so the Content-Security-Policy needs no inline code).
 *
 * PrimeFaces' messages put role="alert" on each <li>, which makes it no longer a list item of its <ul>
 * (axe: "list", serious). The alert role moves to the text inside the item: still announced at once by
 * screen readers, and the list stays a list. Run when the page loads and after every AJAX update.
 */
(function () {
    'use strict';

    function fixMessageLists(root) {
        var items = (root || document).querySelectorAll('.ui-messages li[role="alert"]');
        Array.prototype.forEach.call(items, function (li) {
            var text = li.querySelector('span') || li;
            li.removeAttribute('role');
            li.removeAttribute('aria-atomic');
            if (text !== li) {
                text.setAttribute('role', 'alert');
                text.setAttribute('aria-atomic', 'true');
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        fixMessageLists(document);
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            fixMessageLists(document);
        });
    } else {
        document.addEventListener('DOMContentLoaded', function () {
            if (window.jQuery) {
                window.jQuery(document).on('pfAjaxComplete', function () {
                    fixMessageLists(document);
                });
            }
        });
    }
}());

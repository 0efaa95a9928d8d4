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

    /*
     * A text box with data-maxlength (and data-counter, "{0} of {1} characters") shows how much is typed
     * against its limit, and turns to a warning past it. No maxlength attribute: the browser would cut a
     * pasted text silently; the server refuses a text that is too long, with a message beside the box.
     */
    function addCounters(root) {
        var boxes = (root || document).querySelectorAll('textarea[data-maxlength]:not([data-counted])');
        Array.prototype.forEach.call(boxes, function (box) {
            var max = parseInt(box.getAttribute('data-maxlength'), 10);
            var template = box.getAttribute('data-counter') || '{0} / {1}';
            var counter = document.createElement('small');
            counter.className = 'char-counter';
            counter.id = box.id + '_counter';
            counter.setAttribute('aria-live', 'polite');
            box.setAttribute('data-counted', 'true');
            box.setAttribute('aria-describedby', ((box.getAttribute('aria-describedby') || '') + ' ' + counter.id).trim());
            box.parentNode.insertBefore(counter, box.nextSibling);
            var update = function () {
                var n = box.value.length;
                counter.textContent = template.replace('{0}', n.toLocaleString()).replace('{1}', max.toLocaleString());
                counter.classList.toggle('over', n > max);
            };
            box.addEventListener('input', update);
            update();
        });
    }

    /*
     * The case list writes its filters, sort and page as data-list-address (a query string the server built
     * and checked); this puts it in the browser's address without a new history entry, so that Back from a
     * case returns to the same list, and keeps it for this tab so that a case's "back to the list" link does.
     */
    var LIST_KEY = 'casebridge.caseList';

    function rememberListAddress() {
        var holder = document.querySelector('[data-list-address]');
        if (!holder || !window.history || !history.replaceState) {
            return;
        }
        var address = location.pathname + holder.getAttribute('data-list-address');
        if (address !== location.pathname + location.search) {
            history.replaceState(history.state, '', address);
        }
        try {
            sessionStorage.setItem(LIST_KEY, address);
        } catch (e) {
            // storage off: the link goes to the list as it opens
        }
    }

    function restoreListLinks() {
        var remembered;
        try {
            remembered = sessionStorage.getItem(LIST_KEY);
        } catch (e) {
            return;
        }
        if (!remembered) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('a[data-list-return]'), function (a) {
            var url = new URL(a.href, location.href);
            var back = new URL(remembered, location.href);
            if (back.origin === url.origin && back.pathname === url.pathname) {
                a.href = back.pathname + back.search;
            }
        });
    }

    /*
     * A label marked required (PrimeFaces puts ui-required on it) announces its field as required. PrimeFaces
     * writes aria-required on text and date inputs but not on a drop-down's combobox, which is what the label
     * points to; only form controls get it (a checkbox group's container is no control).
     */
    function announceRequired(root) {
        var labels = (root || document).querySelectorAll('label.ui-required[for]');
        Array.prototype.forEach.call(labels, function (label) {
            var field = document.getElementById(label.getAttribute('for'));
            if (!field || field.hasAttribute('aria-required')) {
                return;
            }
            var role = field.getAttribute('role');
            if (/^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName) || role === 'combobox' || role === 'listbox') {
                field.setAttribute('aria-required', 'true');
            }
        });
    }

    function enhance() {
        announceRequired(document);
        fixMessageLists(document);
        addCounters(document);
        rememberListAddress();
        restoreListLinks();
    }

    document.addEventListener('DOMContentLoaded', function () {
        enhance();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', enhance);
        }
    });
}());

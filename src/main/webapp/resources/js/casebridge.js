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
     * A button with data-copy="ID" copies the value of the field with that id (an API token's secret) to
     * the clipboard, and says so in the element named by data-copied (a polite live region).
     */
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        event.preventDefault();
        var field = document.getElementById(button.getAttribute('data-copy'));
        var status = document.getElementById(button.getAttribute('data-copied'));
        if (!field) {
            return;
        }
        var done = function () {
            if (status) {
                status.textContent = status.getAttribute('data-text') || '';
            }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                field.select();
            });
        } else {
            field.select();
            if (document.execCommand('copy')) {
                done();
            }
        }
    });

    function enhance() {
        fixMessageLists(document);
        addCounters(document);
    }

    document.addEventListener('DOMContentLoaded', function () {
        enhance();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', enhance);
        }
    });
}());

/*
 * Haitian Creole for PrimeFaces' own widgets (the date picker above all). PrimeFaces ships no "ht" locale:
 * it loads this file as primefaces/locales/locale-ht.js when the view's language is ht
 * (primefaces.CLIENT_SIDE_LOCALISATION in web.xml), from the application, never from a CDN. A label not
 * given here falls back to PrimeFaces' English one. Words not in docs' glossary are marked "(unsure)" in
 * new-keys.md for the translators to check.
 */
if (window.PrimeFaces) {
    PrimeFaces.locales["ht"] = {
        accept: "Wi",
        reject: "Non",
        apply: "Aplike",
        cancel: "Anile",
        choose: "Chwazi",
        chooseDate: "Chwazi yon dat",
        chooseMonth: "Chwazi yon mwa",
        chooseYear: "Chwazi yon ane",
        clear: "Efase",
        today: "Jodi a",
        now: "Kounye a",
        dateFormat: "yy-mm-dd",
        dayNames: ["dimanch", "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi"],
        dayNamesShort: ["dim", "len", "mad", "mèk", "jed", "van", "sam"],
        dayNamesMin: ["di", "le", "ma", "mè", "je", "va", "sa"],
        monthNames: ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"],
        monthNamesShort: ["jan", "fev", "mas", "avr", "me", "jen", "jiy", "out", "sep", "okt", "nov", "des"],
        firstDayOfWeek: 1,
        showMonthAfterYear: false,
        weekHeader: "Sem",
        prevMonth: "Mwa anvan",
        nextMonth: "Mwa apre",
        prevYear: "Ane anvan",
        nextYear: "Ane apre",
        prevDecade: "Dizèn ane anvan",
        nextDecade: "Dizèn ane apre",
        emptyMessage: "Pa gen okenn chwa",
        emptyFilterMessage: "Pa jwenn anyen",
        weekNumberTitle: "S",
        isRTL: false,
        yearSuffix: "",
        month: "Mwa",
        week: "Semèn",
        day: "Jou",
        year: "Ane",
        aria: {
            close: "Fèmen",
            previous: "Anvan",
            next: "Apre",
            firstPageLabel: "Premye paj",
            lastPageLabel: "Dènye paj",
            nextPageLabel: "Paj apre",
            prevPageLabel: "Paj anvan",
            rowsPerPageLabel: "Liy pa paj",
            passwordShow: "Montre modpas la",
            passwordHide: "Kache modpas la"
        }
    };
}

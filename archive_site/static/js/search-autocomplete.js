/*
 * Suggestions under the search box, as an ARIA 1.2 combobox: type to get titles, Down/Up to move,
 * Enter to open the chosen one, Escape to close. Without JavaScript the box is a plain search form.
 */
(function () {
    "use strict";
    const box = document.querySelector("[data-autocomplete-url]");
    if (!box) return;
    const input = box.querySelector("input[role=combobox]");
    const list = box.querySelector("[role=listbox]");
    const status = document.querySelector("[data-autocomplete-status]");
    const url = box.dataset.autocompleteUrl;
    let active = -1;
    let timer = null;
    let controller = null;

    function options() {
        return Array.from(list.querySelectorAll("[role=option]"));
    }

    function close() {
        list.hidden = true;
        list.replaceChildren();
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function highlight(index) {
        const items = options();
        items.forEach((item, i) => item.setAttribute("aria-selected", i === index ? "true" : "false"));
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", items[index].id);
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function show(suggestions) {
        list.replaceChildren();
        suggestions.forEach((suggestion, i) => {
            const item = document.createElement("li");
            item.id = "search-suggestion-" + i;
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", "false");
            item.dataset.url = suggestion.url;
            item.textContent = suggestion.title;
            item.addEventListener("mousedown", (event) => {
                event.preventDefault();
                window.location.href = suggestion.url;
            });
            list.appendChild(item);
        });
        const open = suggestions.length > 0;
        list.hidden = !open;
        input.setAttribute("aria-expanded", open ? "true" : "false");
        active = -1;
        if (status) {
            status.textContent = open ? suggestions.length + " ↓" : "";
        }
    }

    function fetchSuggestions() {
        const query = input.value.trim();
        if (query.length < 2) {
            close();
            return;
        }
        if (controller) controller.abort();
        controller = new AbortController();
        const lang = document.documentElement.lang || "";
        fetch(url + "?q=" + encodeURIComponent(query) + "&lang=" + encodeURIComponent(lang), {
            signal: controller.signal,
            headers: { Accept: "application/json" },
        })
            .then((response) => (response.ok ? response.json() : { suggestions: [] }))
            .then((data) => show(data.suggestions || []))
            .catch(() => {});
    }

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", (event) => {
        const items = options();
        if (event.key === "ArrowDown" && items.length) {
            event.preventDefault();
            highlight((active + 1) % items.length);
        } else if (event.key === "ArrowUp" && items.length) {
            event.preventDefault();
            highlight(active <= 0 ? items.length - 1 : active - 1);
        } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            window.location.href = items[active].dataset.url;
        } else if (event.key === "Escape") {
            close();
        }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
})();

/*
 * Interview player: links the recording to its transcript and index.
 *
 * Progressive enhancement: without this script the transcript and index are readable, their
 * time links (?t=SECONDS) reload the page with the recording set to start there. With it, a time
 * link seeks in place, the cue being spoken is marked (aria-current) and, if "follow" is on, kept
 * in view; a search box highlights matches, accents and case ignored, and steps between them.
 */

const root = document.querySelector("[data-interview-player]");
const player = root && root.querySelector("[data-player]");
const tools = document.querySelector("[data-transcript-tools]");
const cueList = document.querySelector("[data-cues]");

if (player && cueList) {
    const cues = [...cueList.querySelectorAll(".cue[data-start]")].map((element) => ({
        element,
        start: Number(element.dataset.start),
        end: Number(element.dataset.end),
    }));
    const follow = tools.querySelector("[data-follow]");
    let current = null;

    tools.hidden = false;

    const seek = (seconds) => {
        player.currentTime = seconds;
        const playing = player.play();
        if (playing) playing.catch(() => {});
    };

    const startParameter = Number(new URLSearchParams(location.search).get("t"));
    if (startParameter > 0) {
        const setStart = () => { player.currentTime = startParameter; };
        if (player.readyState >= 1) setStart();
        else player.addEventListener("loadedmetadata", setStart, { once: true });
    }

    document.addEventListener("click", (event) => {
        const link = event.target.closest("a[data-seek]");
        if (!link) return;
        event.preventDefault();
        seek(Number(link.dataset.seek));
        history.replaceState(null, "", link.href);
    });

    const cueAt = (time) => {
        let low = 0;
        let high = cues.length - 1;
        let found = null;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (cues[middle].start <= time) {
                found = cues[middle];
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    };

    player.addEventListener("timeupdate", () => {
        const cue = cueAt(player.currentTime);
        if (cue === current) return;
        if (current) current.element.removeAttribute("aria-current");
        current = cue;
        if (!cue) return;
        cue.element.setAttribute("aria-current", "true");
        if (follow.checked) {
            const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
            cue.element.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
        }
    });

    tools.querySelector("[data-copy-moment]").addEventListener("click", async (event) => {
        const url = new URL(location.href);
        url.searchParams.set("t", String(Math.floor(player.currentTime)));
        url.hash = "";
        const status = tools.querySelector("[data-status]");
        try {
            await navigator.clipboard.writeText(url.href);
            status.textContent = event.currentTarget.dataset.copied || url.href;
        } catch {
            status.textContent = url.href;
        }
    });

    /* Search inside the transcript. */
    const input = tools.querySelector("[data-search]");
    const status = tools.querySelector("[data-status]");
    const texts = [...cueList.querySelectorAll(".cue__text")];
    const originals = texts.map((element) => element.textContent);
    const fold = (text) => [...text].map((character) =>
        character.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().charAt(0) || character
    ).join("");
    const folded = originals.map(fold);
    let hits = [];
    let position = -1;

    const render = (query) => {
        hits = [];
        texts.forEach((element, index) => {
            const original = originals[index];
            if (!query) {
                element.textContent = original;
                return;
            }
            const haystack = folded[index];
            const fragment = document.createDocumentFragment();
            let from = 0;
            let at = haystack.indexOf(query);
            while (at !== -1) {
                fragment.append(original.slice(from, at));
                const mark = document.createElement("mark");
                mark.textContent = original.slice(at, at + query.length);
                fragment.append(mark);
                hits.push(mark);
                from = at + query.length;
                at = haystack.indexOf(query, from);
            }
            fragment.append(original.slice(from));
            element.replaceChildren(fragment);
        });
        position = -1;
        status.textContent = query ? `${hits.length} ${hits.length === 1 ? tools.dataset.hit : tools.dataset.hits}` : "";
    };

    const step = (direction) => {
        if (!hits.length) return;
        if (position >= 0) hits[position].classList.remove("is-current");
        position = (position + direction + hits.length) % hits.length;
        const hit = hits[position];
        hit.classList.add("is-current");
        follow.checked = false;
        hit.scrollIntoView({ block: "center" });
        status.textContent = `${position + 1} / ${hits.length}`;
    };

    let timer;
    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(() => render(fold(input.value.trim())), 150);
    });
    input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
        }
    });
    tools.querySelector("[data-next]").addEventListener("click", () => step(1));
    tools.querySelector("[data-previous]").addEventListener("click", () => step(-1));
}

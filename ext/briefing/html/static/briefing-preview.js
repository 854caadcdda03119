/* sphinx-briefing: entity preview cards. Each link to a person, organisation, place or group
 * (a.briefing-previewed) has a card: its data is a small script of its own
 * (_previews/<entity id>.js), loaded on the first hover with a mouse, keyboard focus or tap,
 * and built here with textContent, so every value stays text. The card is a popover; a second
 * tap follows the link. Escape, leaving or tapping elsewhere hides it. */
(() => {
  "use strict";
  const SHOW_DELAY = 250;
  const HIDE_DELAY = 300;
  const SVG = "http://www.w3.org/2000/svg";
  const root = document.documentElement.dataset.content_root || "";
  const loading = new Map(); // entity id -> Promise of its data (null when it has none)
  const waiting = new Map(); // entity id -> resolve
  let open = null; // { link, card }
  let hideTimer = 0;
  let showTimer = 0;
  let lastPointer = "mouse";
  let pressing = false; // a pointer is down on a link: its focus comes from a click or tap
  let holder = null;

  window.briefingPreview = (data) => {
    const resolve = waiting.get(data && data.id);
    if (resolve) resolve(data);
  };

  function entityOf(link) {
    return decodeURIComponent(new URL(link.href, location.href).hash.slice(1));
  }

  function load(id) {
    if (!loading.has(id)) {
      loading.set(id, new Promise((resolve) => {
        waiting.set(id, resolve);
        const script = document.createElement("script");
        script.src = root + "_previews/" + encodeURIComponent(id) + ".js";
        script.onerror = () => resolve(null);
        document.head.append(script);
      }));
    }
    return loading.get(id);
  }

  function paragraph(className, text) {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  function sparkline(bins) {
    const width = 120, height = 18, step = width / bins.length;
    const tallest = Math.max(...bins);
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "briefing-sparkline");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(height));
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    bins.forEach((count, index) => {
      if (!count) return;
      const bar = Math.max(1.5, (height * count) / tallest);
      const rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("x", (index * step).toFixed(1));
      rect.setAttribute("y", (height - bar).toFixed(1));
      rect.setAttribute("width", Math.max(step - 1, 1).toFixed(1));
      rect.setAttribute("height", bar.toFixed(1));
      svg.append(rect);
    });
    return svg;
  }

  function fill(card, data) {
    const name = document.createElement("p");
    name.className = "briefing-preview-name";
    const link = document.createElement("a");
    link.href = root + data.url;
    link.textContent = data.name;
    const type = document.createElement("span");
    type.className = "briefing-preview-type";
    type.textContent = data.type;
    name.append(link, " ", type);
    card.replaceChildren(name, paragraph("briefing-preview-text", data.text));
    if (data.count) card.append(paragraph("briefing-preview-count", data.count));
    if (Array.isArray(data.bins) && data.bins.length > 1) card.append(sparkline(data.bins));
    card.dataset.filled = "";
  }

  function cardFor(link) {
    const id = entityOf(link);
    if (!id) return null;
    let card = document.getElementById("preview-" + id);
    if (!card) {
      card = document.createElement("div");
      card.id = "preview-" + id;
      card.className = "briefing-preview docutils container";
      card.popover = "manual";
      card.addEventListener("pointerenter", () => clearTimeout(hideTimer));
      card.addEventListener("pointerleave", (event) => {
        if (event.pointerType === "mouse") hideSoon();
      });
      card.addEventListener("focusout", (event) => {
        if (!open || (!open.card.contains(event.relatedTarget) && event.relatedTarget !== open.link)) {
          hideSoon();
        }
      });
      holder.append(card);
    }
    return card;
  }

  function place(link, card) {
    const rect = link.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const margin = 8;
    let left = Math.min(rect.left, window.innerWidth - width - margin);
    left = Math.max(margin, left);
    let top = rect.bottom + 6;
    if (top + height > window.innerHeight - margin && rect.top - height - 6 > margin) {
      top = rect.top - height - 6;
    }
    card.style.left = left + "px";
    card.style.top = top + "px";
  }

  async function show(link) {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    const card = cardFor(link);
    if (!card) return;
    if (!("filled" in card.dataset)) {
      const data = await load(entityOf(link));
      if (!data) return; // no card: the link stays a plain link
      if (!("filled" in card.dataset)) fill(card, data);
    }
    if (open && open.card !== card) hide();
    if (!card.matches(":popover-open")) card.showPopover();
    place(link, card);
    link.setAttribute("aria-expanded", "true");
    open = { link, card };
  }

  function hide() {
    clearTimeout(hideTimer);
    if (!open) return;
    if (open.card.matches(":popover-open")) open.card.hidePopover();
    open.link.setAttribute("aria-expanded", "false");
    open = null;
  }

  function hideSoon() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY);
  }

  function init() {
    if (!HTMLElement.prototype.hasOwnProperty("popover")) return; // links stay plain links
    holder = document.createElement("div");
    holder.className = "briefing-previews no-search";
    document.body.append(holder);
    for (const link of document.querySelectorAll("a.briefing-previewed")) {
      const card = cardFor(link);
      if (!card) continue;
      link.setAttribute("aria-describedby", card.id);
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("pointerdown", (event) => {
        lastPointer = event.pointerType;
        pressing = true;
      });
      link.addEventListener("pointerenter", (event) => {
        if (event.pointerType !== "mouse") return;
        clearTimeout(hideTimer);
        clearTimeout(showTimer);
        showTimer = setTimeout(() => show(link), SHOW_DELAY);
      });
      link.addEventListener("pointerleave", (event) => {
        if (event.pointerType === "mouse") hideSoon();
      });
      link.addEventListener("focus", () => {
        // Focus from a click is no request for the card: the click follows the link.
        if (!pressing && (lastPointer === "mouse" || lastPointer === "keyboard")) show(link);
      });
      link.addEventListener("blur", (event) => {
        if (!open || !open.card.contains(event.relatedTarget)) hideSoon();
      });
      link.addEventListener("click", (event) => {
        // A first tap shows the card; a second tap on the same link follows it.
        if (lastPointer === "touch" || lastPointer === "pen") {
          if (!open || open.link !== link) {
            event.preventDefault();
            show(link);
          }
        } else {
          clearTimeout(showTimer); // the page is being left: load no card for it
        }
        lastPointer = "mouse";
        pressing = false;
      });
    }
    document.addEventListener("keydown", (event) => {
      lastPointer = "keyboard";
      if (event.key === "Escape" && open) {
        const link = open.link;
        hide();
        link.focus({ preventScroll: true });
      }
    });
    document.addEventListener("pointerup", () => { pressing = false; });
    document.addEventListener("pointerdown", (event) => {
      if (open && !open.card.contains(event.target) && !open.link.contains(event.target)) hide();
    });
    window.addEventListener("scroll", () => { if (open) place(open.link, open.card); }, { passive: true });
    window.addEventListener("resize", () => { if (open) place(open.link, open.card); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

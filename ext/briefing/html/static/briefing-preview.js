/* sphinx-briefing: entity preview cards. Each link to an entity's page on an article page has
 * a card (written into the page, hidden) that this script shows as a popover: on hover with a
 * mouse, on keyboard focus, and on a first tap with a finger (a second tap follows the link).
 * Escape, leaving or tapping elsewhere hides it. */
(() => {
  "use strict";
  const SHOW_DELAY = 250;
  const HIDE_DELAY = 300;
  let open = null; // { link, card }
  let hideTimer = 0;
  let showTimer = 0;
  let lastPointer = "mouse";

  function cardFor(link) {
    const fragment = decodeURIComponent(new URL(link.href, location.href).hash.slice(1));
    return fragment ? document.getElementById("preview-" + fragment) : null;
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

  function show(link) {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    const card = cardFor(link);
    if (!card) return;
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
    const links = [...document.querySelectorAll("a.briefing-previewed")].filter(cardFor);
    for (const card of document.querySelectorAll(".briefing-preview")) {
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
    }
    for (const link of links) {
      const card = cardFor(link);
      link.setAttribute("aria-describedby", card.id);
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("pointerdown", (event) => { lastPointer = event.pointerType; });
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
        if (lastPointer === "mouse" || lastPointer === "keyboard") show(link);
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
        }
        lastPointer = "mouse";
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
    document.addEventListener("pointerdown", (event) => {
      if (open && !open.card.contains(event.target) && !open.link.contains(event.target)) hide();
    });
    window.addEventListener("scroll", () => { if (open) place(open.link, open.card); }, { passive: true });
    window.addEventListener("resize", () => { if (open) place(open.link, open.card); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

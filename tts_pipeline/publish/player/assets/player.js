/* tts-pipeline player: custom controls and read-along for every .ttsp element. No requests. */
(() => {
  "use strict";
  const pad = (n) => String(n).padStart(2, "0");
  const clock = (t) => {
    const s = Math.max(0, Math.floor(Number.isFinite(t) ? t : 0));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return (h ? h + ":" + pad(m) : m) + ":" + pad(s % 60);
  };
  // units: "minute minutes second seconds" in the page's language
  const spoken = (t, units) => {
    const s = Math.max(0, Math.floor(Number.isFinite(t) ? t : 0));
    const m = Math.floor(s / 60), parts = [];
    if (m) parts.push(m + " " + units[m === 1 ? 0 : 1]);
    parts.push((s % 60) + " " + units[s % 60 === 1 ? 2 : 3]);
    return parts.join(" ");
  };
  const NEXT = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  const EPSILON = 0.001;
  const SCROLL_PAUSE_MS = 4000;

  function init(root) {
    if (root.hasAttribute("data-ttsp-ready")) return;
    root.setAttribute("data-ttsp-ready", "");
    const $ = (sel) => root.querySelector(sel);
    const audio = $(".ttsp-audio"), play = $(".ttsp-play"), seek = $(".ttsp-seek");
    const now = $(".ttsp-now"), total = $(".ttsp-total"), speed = $(".ttsp-speed");
    const box = $(".ttsp-transcript");
    const spans = Array.from(root.querySelectorAll(".ttsp-s"));
    const starts = spans.map((s) => parseFloat(s.getAttribute("data-start")));
    let active = -1, focusable = 0, frame = 0, userScrolled = 0;
    let duration = parseFloat(seek.max) || 0;
    const units = (root.getAttribute("data-units") || "minute minutes second seconds").split(" ");
    const timeOf = root.getAttribute("data-time-of") || "{now} of {total}";

    audio.controls = false;
    $(".ttsp-controls").hidden = false;
    root.classList.add("ttsp--ready");
    spans.forEach((s, i) => s.setAttribute("tabindex", i === 0 ? "0" : "-1"));

    const find = (t) => {
      let lo = 0, hi = starts.length - 1, found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= t + EPSILON) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return found;
    };
    const setFocusable = (i) => {
      if (i < 0 || i === focusable) return;
      spans[focusable].setAttribute("tabindex", "-1");
      spans[i].setAttribute("tabindex", "0");
      focusable = i;
    };
    const reveal = (el) => {
      if (Date.now() - userScrolled < SCROLL_PAUSE_MS) return;
      const top = el.offsetTop, bottom = top + el.offsetHeight;
      if (top >= box.scrollTop && bottom <= box.scrollTop + box.clientHeight) return;
      const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
      box.scrollTo({ top: top - box.clientHeight / 3, behavior: still ? "auto" : "smooth" });
    };
    const highlight = (i) => {
      if (i === active) return;
      if (active >= 0) {
        spans[active].classList.remove("ttsp-active");
        spans[active].removeAttribute("aria-current");
      }
      active = i;
      if (i < 0) return;
      spans[i].classList.add("ttsp-active");
      spans[i].setAttribute("aria-current", "true");
      if (!box.contains(document.activeElement)) setFocusable(i);
      if (!audio.paused) reveal(spans[i]);
    };
    const showDuration = () => {
      if (Number.isFinite(audio.duration) && audio.duration > 0) duration = audio.duration;
      seek.max = String(duration);
      total.textContent = clock(duration);
    };
    const sync = () => {
      const t = audio.currentTime;
      now.textContent = clock(t);
      seek.value = String(t);
      const text = timeOf.replace("{now}", spoken(t, units));
      seek.setAttribute("aria-valuetext", text.replace("{total}", spoken(duration, units)));
      highlight(find(t));
    };
    const tick = () => {
      sync();
      frame = audio.paused ? 0 : requestAnimationFrame(tick);
    };
    const start = () => audio.play().catch(() => {});
    const jump = (t) => {
      audio.currentTime = Math.min(Math.max(0, t), duration || t);
      sync();
    };
    const listenFrom = (i) => {
      setFocusable(i);
      jump(starts[i]);
      if (audio.paused) start();
    };

    audio.addEventListener("play", () => {
      play.setAttribute("aria-label", play.getAttribute("data-pause"));
      root.classList.add("ttsp--playing");
      document.querySelectorAll(".ttsp-audio").forEach((a) => a !== audio && a.pause());
      if (!frame) frame = requestAnimationFrame(tick);
    });
    audio.addEventListener("pause", () => {
      play.setAttribute("aria-label", play.getAttribute("data-play"));
      root.classList.remove("ttsp--playing");
      sync();
    });
    ["timeupdate", "seeked", "ended"].forEach((e) => audio.addEventListener(e, sync));
    ["loadedmetadata", "durationchange"].forEach((e) => audio.addEventListener(e, showDuration));
    audio.addEventListener("ratechange", () => { speed.value = String(audio.playbackRate); });

    play.addEventListener("click", () => (audio.paused ? start() : audio.pause()));
    root.querySelectorAll(".ttsp-skip").forEach((b) =>
      b.addEventListener("click", () => jump(audio.currentTime + parseFloat(b.dataset.skip))));
    seek.addEventListener("input", () => jump(parseFloat(seek.value)));
    speed.addEventListener("change", () => { audio.playbackRate = parseFloat(speed.value); });

    box.addEventListener("click", (e) => {
      const i = spans.indexOf(e.target.closest(".ttsp-s"));
      if (i >= 0) listenFrom(i);
    });
    box.addEventListener("keydown", (e) => {
      const i = spans.indexOf(e.target);
      if (i < 0) return;
      let to = -1;
      if (e.key in NEXT) to = Math.min(Math.max(0, i + NEXT[e.key]), spans.length - 1);
      else if (e.key === "Home") to = 0;
      else if (e.key === "End") to = spans.length - 1;
      else if (e.key === "Enter" || e.key === " ") listenFrom(i);
      else return;
      e.preventDefault();
      if (to >= 0) { setFocusable(to); spans[to].focus(); }
    });
    ["wheel", "touchmove"].forEach((e) =>
      box.addEventListener(e, () => { userScrolled = Date.now(); }, { passive: true }));

    showDuration();
    sync();
  }

  document.querySelectorAll(".ttsp").forEach(init);
})();

/// The two files the preview adds to every page, served from memory under `/__routeboek/`.
/// They are never written to the output folder.
public enum PreviewAssets {
    /// Listens on `/__routeboek/events` (Server-Sent Events). The next successful build after an edit to
    /// pages' text only (BuildStatus.pagesOnly) shows the page's new version in place: its body is fetched
    /// and put in place of the old one, and the theme's scripts marked `data-preview-rerun` run again on
    /// it. That costs the browser a fifth of a reload and keeps the scroll position. Any other build
    /// reloads the page, and so does a page with a script not so marked (the beslisboom's and search's
    /// keep state), a page whose stylesheets or scripts differ, and any page the swap fails on.
    /// A failed build shows an overlay with each error's file, line and message, built with DOM calls
    /// (the site's CSP blocks inline scripts and styles; the look comes from overlay.css).
    public static let reloadScript = #"""
    // Routeboek preview: live reload and build errors. Served by `routeboek serve` only.
    (function () {
      "use strict";
      // A swapped-in body brings this script's tag along; it must not start a second listener.
      if (window.routeboekPreview) { return; }
      window.routeboekPreview = true;
      var meta = document.querySelector('meta[name="routeboek-build"]');
      var pageBuild = meta ? Number(meta.getAttribute("content")) : null;
      var overlay = null;

      function clearOverlay() {
        if (overlay) { overlay.remove(); overlay = null; }
      }

      function count(n) { return n + (n === 1 ? " fout" : " fouten"); }

      function place(error) {
        return error.file ? error.file + ":" + error.line + ":" + error.column : "";
      }

      function showErrors(errors) {
        clearOverlay();
        overlay = document.createElement("section");
        overlay.className = "routeboek-overlay";
        overlay.setAttribute("role", "alert");
        overlay.setAttribute("aria-labelledby", "routeboek-overlay-title");
        var header = document.createElement("div");
        header.className = "routeboek-overlay-header";
        var title = document.createElement("h2");
        title.id = "routeboek-overlay-title";
        title.textContent = "Bouwen mislukt: " + count(errors.length);
        var close = document.createElement("button");
        close.type = "button";
        close.className = "routeboek-overlay-close";
        close.textContent = "Verbergen";
        close.addEventListener("click", clearOverlay);
        header.append(title, close);
        var note = document.createElement("p");
        note.textContent = "Je ziet de laatste goede versie van de site. Verbeter elk probleem op de genoemde plek "
          + "(bestand:regel:kolom) en bewaar het bestand; de pagina laadt opnieuw zodra het bouwen lukt. "
          + "De codes staan uitgelegd in docs/meldingen.md.";
        var list = document.createElement("ol");
        list.className = "routeboek-overlay-list";
        errors.forEach(function (error) {
          var item = document.createElement("li");
          var where = document.createElement("code");
          where.className = "routeboek-overlay-file";
          where.textContent = place(error);
          var message = document.createElement("span");
          message.className = "routeboek-overlay-message";
          if (error.code) {
            var code = document.createElement("strong");
            code.className = "routeboek-overlay-code";
            code.textContent = error.code;
            message.append(code, " ");
          }
          message.append(error.message);
          item.append(where, message);
          list.append(item);
        });
        var body = document.createElement("div");
        body.className = "routeboek-overlay-body";
        body.tabIndex = 0;
        body.setAttribute("aria-label", "Lijst van fouten");
        body.append(note, list);
        overlay.append(header, body);
        document.body.append(overlay);
        console.error("Routeboek: bouwen mislukt (" + count(errors.length) + ")\n" + errors.map(function (error) {
          return place(error) + ": " + (error.code ? error.code + ": " : "") + error.message;
        }).join("\n"));
      }

      function reload() {
        events.close();
        console.info("Routeboek: de site is opnieuw gebouwd; de pagina laadt opnieuw.");
        location.reload();
      }

      function sources(doc, selector, attribute) {
        return Array.prototype.map.call(doc.querySelectorAll(selector), function (element) {
          return element.getAttribute(attribute);
        }).join("\n");
      }

      var ownScript = "/__routeboek/reload.js";

      // The new version can replace the body when it loads the same stylesheets and scripts, and every
      // script of the theme may run again on a new body.
      function canSwap(next) {
        if (sources(next, 'link[rel~="stylesheet"]', "href") !== sources(document, 'link[rel~="stylesheet"]', "href")) { return false; }
        if (sources(next, "script", "src") !== sources(document, "script", "src")) { return false; }
        return Array.prototype.every.call(next.querySelectorAll("script"), function (script) {
          return script.getAttribute("src") === ownScript || script.hasAttribute("data-preview-rerun");
        });
      }

      function swap(next) {
        var x = window.scrollX, y = window.scrollY;
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
        overlay = null;
        // Scripts moved from a parsed document do not run; a new element with the same source does.
        Array.prototype.forEach.call(document.querySelectorAll("script[data-preview-rerun]"), function (old) {
          var again = document.createElement("script");
          Array.prototype.forEach.call(old.attributes, function (attribute) { again.setAttribute(attribute.name, attribute.value); });
          again.async = false;
          old.replaceWith(again);
        });
        window.scrollTo(x, y);
      }

      var latest = 0;
      function showBuild(build) {
        var request = ++latest;
        fetch(location.href, { cache: "no-store" }).then(function (response) {
          if (!response.ok || response.redirected) { throw new Error("HTTP " + response.status); }
          return response.text();
        }).then(function (html) {
          if (request !== latest) { return; }
          var next = new DOMParser().parseFromString(html, "text/html");
          if (!canSwap(next)) { reload(); return; }
          swap(next);
          pageBuild = build;
          console.info("Routeboek: de site is opnieuw gebouwd; de pagina is bijgewerkt.");
        }).catch(reload);
      }

      var events = new EventSource("/__routeboek/events");
      events.addEventListener("build", function (event) {
        var status;
        try { status = JSON.parse(event.data); } catch (e) { return; }
        if (pageBuild === null) { pageBuild = status.build; }
        if (status.ok && status.build !== pageBuild) {
          // In place only right after the page's own build, when only pages changed (no stylesheet, script
          // or image the browser keeps); anything else is loaded again.
          if (status.pagesOnly && status.build === pageBuild + 1) { showBuild(status.build); } else { reload(); }
        } else if (status.ok) {
          clearOverlay();
        } else {
          latest += 1; // a swap still on its way would take the overlay away with the old body
          showErrors(status.errors || []);
        }
      });
    })();
    """#

    public static let overlayStylesheet = #"""
    /* Routeboek preview: the build-error overlay. Served by `routeboek serve` only. It stays within the
       window (at most 70% of its height, less on a low laptop screen) and its list scrolls. */
    .routeboek-overlay {
      position: fixed;
      inset: auto 1rem 1rem 1rem;
      z-index: 2147483647;
      display: flex;
      flex-direction: column;
      max-height: min(70vh, calc(100vh - 2rem));
      max-width: 60rem;
      margin: 0 auto;
      border: 3px solid #b00020;
      border-radius: 0.5rem;
      background: #fff5f5;
      color: #1a1a1a;
      font: 16px/1.5 system-ui, sans-serif;
      box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.35);
    }
    .routeboek-overlay-header {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 0.75rem 1.25rem 0.5rem;
      border-bottom: 1px solid #e8b4bc;
    }
    .routeboek-overlay h2 { flex: 1; margin: 0; font-size: 1.15rem; color: #b00020; }
    .routeboek-overlay-body { overflow: auto; padding: 0.5rem 1.25rem 1rem; overscroll-behavior: contain; }
    .routeboek-overlay-body:focus-visible { outline: 3px solid #1a1a1a; outline-offset: -3px; }
    .routeboek-overlay p { margin: 0 0 0.75rem; }
    .routeboek-overlay ol { margin: 0; padding-left: 1.75rem; }
    .routeboek-overlay li { margin: 0 0 0.6rem; padding-bottom: 0.6rem; border-bottom: 1px solid #f0d0d5; }
    .routeboek-overlay li:last-child { border-bottom: 0; }
    .routeboek-overlay-file {
      display: block;
      font: 0.9em/1.4 ui-monospace, monospace;
      color: #5c0010;
      overflow-wrap: anywhere;
    }
    .routeboek-overlay-message { display: block; overflow-wrap: anywhere; }
    .routeboek-overlay-code { font-weight: 700; color: #5c0010; }
    .routeboek-overlay-close {
      font: inherit;
      padding: 0.2rem 0.7rem;
      border: 1px solid #b00020;
      border-radius: 0.25rem;
      background: #fff;
      color: #b00020;
      cursor: pointer;
    }
    .routeboek-overlay-close:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
    """#
}

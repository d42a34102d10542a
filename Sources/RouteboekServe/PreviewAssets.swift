/// The two files the preview adds to every page, served from memory under `/__routeboek/`.
/// They are never written to the output folder.
public enum PreviewAssets {
    /// Listens on `/__routeboek/events` (Server-Sent Events). A new successful build reloads the page;
    /// a failed build shows an overlay with each error's file, line and message, built with DOM calls
    /// (the site's CSP blocks inline scripts and styles; the look comes from overlay.css).
    public static let reloadScript = #"""
    // Routeboek preview: live reload and build errors. Served by `routeboek serve` only.
    (function () {
      "use strict";
      var meta = document.querySelector('meta[name="routeboek-build"]');
      var pageBuild = meta ? Number(meta.getAttribute("content")) : null;
      var overlay = null;

      function clearOverlay() {
        if (overlay) { overlay.remove(); overlay = null; }
      }

      function showErrors(errors) {
        clearOverlay();
        overlay = document.createElement("section");
        overlay.className = "routeboek-overlay";
        overlay.setAttribute("role", "alert");
        overlay.setAttribute("aria-live", "assertive");
        var title = document.createElement("h2");
        title.textContent = "Build failed: " + errors.length + (errors.length === 1 ? " error" : " errors");
        var note = document.createElement("p");
        note.textContent = "This is the last good version of the site. The page reloads when the build succeeds.";
        var list = document.createElement("ol");
        errors.forEach(function (error) {
          var item = document.createElement("li");
          var where = document.createElement("code");
          where.className = "routeboek-overlay-file";
          where.textContent = error.file + ":" + error.line + ":" + error.column;
          var message = document.createElement("span");
          message.className = "routeboek-overlay-message";
          message.textContent = error.message;
          item.append(where, message);
          list.append(item);
        });
        var close = document.createElement("button");
        close.type = "button";
        close.className = "routeboek-overlay-close";
        close.textContent = "Hide";
        close.addEventListener("click", clearOverlay);
        overlay.append(close, title, note, list);
        document.body.append(overlay);
      }

      var events = new EventSource("/__routeboek/events");
      events.addEventListener("build", function (event) {
        var status;
        try { status = JSON.parse(event.data); } catch (e) { return; }
        if (pageBuild === null) { pageBuild = status.build; }
        if (status.ok && status.build !== pageBuild) {
          events.close();
          location.reload();
        } else if (status.ok) {
          clearOverlay();
        } else {
          showErrors(status.errors || []);
        }
      });
    })();
    """#

    public static let overlayStylesheet = #"""
    /* Routeboek preview: the build-error overlay. Served by `routeboek serve` only. */
    .routeboek-overlay {
      position: fixed;
      inset: auto 1rem 1rem 1rem;
      z-index: 2147483647;
      max-height: 60vh;
      overflow: auto;
      padding: 1rem 1.25rem;
      border: 3px solid #b00020;
      border-radius: 0.5rem;
      background: #fff5f5;
      color: #1a1a1a;
      font: 15px/1.45 system-ui, sans-serif;
      box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.35);
    }
    .routeboek-overlay h2 { margin: 0 0 0.25rem; font-size: 1.15rem; color: #b00020; }
    .routeboek-overlay p { margin: 0 0 0.75rem; }
    .routeboek-overlay ol { margin: 0; padding-left: 1.5rem; }
    .routeboek-overlay li { margin: 0.4rem 0; }
    .routeboek-overlay-file {
      display: block;
      font: 0.9em/1.4 ui-monospace, monospace;
      color: #5c0010;
      overflow-wrap: anywhere;
    }
    .routeboek-overlay-message { display: block; }
    .routeboek-overlay-close {
      float: right;
      margin-left: 1rem;
      font: inherit;
      padding: 0.2rem 0.7rem;
      border: 1px solid #b00020;
      border-radius: 0.25rem;
      background: #fff;
      color: #b00020;
      cursor: pointer;
    }
    """#
}

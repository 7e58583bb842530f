/* KeyBS badge embed. It finds the element with id "keybs-badge" and puts an
   iframe of the hosted badge in it; it reads nothing else from this page and
   sets no cookie. */
(function () {
  "use strict";
  var src = {{.BadgeURL}};
  function mount() {
    var host = document.getElementById("keybs-badge");
    if (!host) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = "KeyBS verification badge";
    frame.width = "320";
    frame.height = "112";
    frame.referrerPolicy = "no-referrer";
    frame.setAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.colorScheme = "light";
    while (host.firstChild) host.removeChild(host.firstChild);
    host.appendChild(frame);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();

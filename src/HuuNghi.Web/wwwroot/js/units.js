// Unit picker (_UnitPicker): type a name or code, choose with the mouse or the arrow keys and Enter.
// The hidden input keeps the form's field, so the page never needs a drop-down of every unit.
(() => {
  const init = (box) => {
    const hidden = box.querySelector("input[type=hidden]");
    const input = box.querySelector("input[role=combobox]");
    const list = box.querySelector("[role=listbox]");
    let units = [], active = -1, timer = 0, asked = 0, chosenName = input.value;

    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
    const mark = () => list.querySelectorAll("[role=option]").forEach((li, i) => {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      if (i === active) { input.setAttribute("aria-activedescendant", li.id); li.scrollIntoView({ block: "nearest" }); }
    });
    const choose = (i) => {
      const u = units[i];
      if (!u) return;
      hidden.value = String(u.id);
      input.value = chosenName = u.name;
      close();
      hidden.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const note = (text) => { const li = document.createElement("li"); li.className = "note"; li.textContent = text; list.append(li); };
    const show = (result) => {
      units = result.units;
      list.replaceChildren();
      units.forEach((u, i) => {
        const li = document.createElement("li");
        li.id = `${list.id}-${u.id}`;
        li.setAttribute("role", "option");
        li.textContent = u.name + (u.ended ? box.dataset.ended : "");
        if (u.parentName) { const small = document.createElement("small"); small.textContent = ` · ${u.parentName}`; li.append(small); }
        li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
        list.append(li);
      });
      if (units.length === 0) note(box.dataset.none);
      if (result.more) note(box.dataset.more);
      active = units.length > 0 ? 0 : -1;
      mark();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    };
    const search = async () => {
      const mine = ++asked;
      const response = await fetch(`${box.dataset.search}&q=${encodeURIComponent(input.value.trim())}`, { headers: { Accept: "application/json" } });
      if (!response.ok || mine !== asked) return;
      show(await response.json());
    };

    input.addEventListener("input", () => {
      if (input.value.trim() === "" && box.dataset.empty) hidden.value = "";
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener("focus", () => { if (list.hidden) { clearTimeout(timer); timer = setTimeout(search, 0); } });
    input.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (list.hidden) { search(); return; }
        if (units.length > 0) { active = (active + (e.key === "ArrowDown" ? 1 : units.length - 1)) % units.length; mark(); }
      } else if (e.key === "Enter" && !list.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      } else if (e.key === "Escape") close();
    });
    // Leaving the box without choosing puts back the unit still in the hidden input (or none, where allowed).
    input.addEventListener("blur", () => {
      close();
      if (input.value.trim() === "" && box.dataset.empty) { hidden.value = ""; chosenName = ""; }
      else input.value = chosenName;
    });
  };
  document.querySelectorAll("[data-unit-picker]").forEach(init);
})();

// Org tree (/OrgUnits): a node's children are drawn by the server only when the node is first opened.
document.addEventListener("toggle", async (e) => {
  const node = e.target;
  if (!(node instanceof HTMLDetailsElement) || !node.open || !node.dataset.children) return;
  const url = node.dataset.children;
  delete node.dataset.children;
  const response = await fetch(url, { headers: { Accept: "text/html" } });
  if (!response.ok) { node.dataset.children = url; return; }
  node.querySelector(":scope > ul").innerHTML = await response.text();
}, true);

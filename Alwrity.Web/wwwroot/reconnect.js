// Buttons of the reconnect banner (Shell/ReconnectBanner.razor). Blazor toggles the banner's classes itself.
document.addEventListener("click", async (event) => {
    const action = event.target?.getAttribute?.("data-reconnect");
    if (action === "reload") {
        location.reload();
    } else if (action === "retry") {
        try {
            const ok = await Blazor.reconnect();
            if (!ok) { location.reload(); }
        } catch {
            location.reload();
        }
    }
});

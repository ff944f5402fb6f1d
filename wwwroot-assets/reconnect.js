// Starts Blazor with a reconnection handler that needs no one at the keyboard:
// after a network drop it reconnects; after a server restart (the old circuit is gone) it
// waits until the server answers its health check, then reloads the page.
(function () {
    const banner = () => document.getElementById('ch-reconnect');
    const show = (text) => {
        let el = banner();
        if (!el) {
            el = document.createElement('div');
            el.id = 'ch-reconnect';
            el.className = 'ch-reconnect';
            document.body.appendChild(el);
        }
        el.textContent = text;
        el.style.display = 'block';
    };
    const hide = () => { const el = banner(); if (el) { el.style.display = 'none'; } };
    const delay = (ms) => new Promise(r => setTimeout(r, ms));
    let running = false;

    async function serverIsUp() {
        try {
            const response = await fetch('health/live', { cache: 'no-store' });
            return response.ok;
        } catch {
            return false;
        }
    }

    async function recover() {
        if (running) { return; }
        running = true;
        show('连接已断开，正在重新连接…');
        for (let attempt = 0; ; attempt++) {
            await delay(Math.min(500 + attempt * 500, 5000));
            if (!(await serverIsUp())) { continue; }
            try {
                const resumed = await Blazor.reconnect();
                if (resumed) { hide(); running = false; return; }
            } catch {
                // not reachable yet: try again
            }
            show('服务已恢复，正在刷新页面…');
            location.reload();
            return;
        }
    }

    window.campaignHubRecover = recover;
    Blazor.start({
        circuit: {
            reconnectionHandler: {
                onConnectionDown: () => { recover(); },
                onConnectionUp: () => { hide(); },
            },
        },
    });
})();

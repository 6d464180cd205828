using System.Collections.Generic;
using System.Threading.Tasks;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Worker.Tests.Fakes
{
    /// <summary><see cref="IRequestSender"/> that answers at once with <see cref="Status"/> (0: no
    /// answer, as a network error), recording every request; <see cref="Throw"/> makes it fail as a
    /// bug would (the real sender never throws).</summary>
    public sealed class FakeSender : IRequestSender
    {
        public readonly List<HttpRequestSpec> Sent = new();
        public int Status = 200;
        public bool Throw;

        public Task<bool> Send(HttpRequestSpec r)
        {
            if (Throw) throw new System.InvalidOperationException("sender bug at https://pgw.example/metrics");
            Sent.Add(r);
            r.Status = Status;
            return Task.FromResult(Status >= 200 && Status < 300);
        }
    }

    /// <summary><see cref="IBrowserTabs"/>: the tabs the browser has open.</summary>
    public sealed class FakeBrowserTabs : IBrowserTabs
    {
        public readonly HashSet<int> Open = new();
        public Task<bool> Exists(int tabId) => Task.FromResult(Open.Contains(tabId));
    }

    /// <summary><see cref="IBadge"/> that remembers which tabs it was asked to show.</summary>
    public sealed class FakeBadge : IBadge
    {
        public readonly List<int> Shown = new();
        public Task Show(int tabId) { Shown.Add(tabId); return Task.CompletedTask; }
    }

    /// <summary><see cref="IWorkerLog"/> that keeps the lines.</summary>
    public sealed class FakeLog : IWorkerLog
    {
        public readonly List<string> Lines = new();
        public void Error(string line) => Lines.Add(line);
    }
}

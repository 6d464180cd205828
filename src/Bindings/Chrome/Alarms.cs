using System;
using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.alarms")]
        public static class Alarms
        {
            public static extern Task Create(string name, AlarmCreateInfo info);
            public static extern Task<bool> Clear(string name);
            /// <summary>Resolves with undefined when there is no such alarm (test with <c>== null</c>).</summary>
            public static extern Task<Alarm?> Get(string name);
            public static extern Task<Alarm[]> GetAll();
            public static extern Event<Action<Alarm>> OnAlarm { get; }
        }
    }

    [ObjectLiteral]
    public class AlarmCreateInfo
    {
        /// <summary>Milliseconds since the epoch.</summary>
        public double? When;
        public double? DelayInMinutes;
        public double? PeriodInMinutes;
    }

    [ObjectLiteral]
    public class Alarm
    {
        public string Name;
        public double ScheduledTime;
        public double? PeriodInMinutes;
    }
}

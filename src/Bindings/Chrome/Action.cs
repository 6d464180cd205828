using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.action")]
        public static class Action
        {
            public static extern Task SetBadgeText(BadgeText details);
            public static extern Task SetBadgeBackgroundColor(BadgeColor details);
            public static extern Task SetTitle(ActionTitle details);
        }
    }

    [ObjectLiteral]
    public class BadgeText
    {
        public string Text;
        public int? TabId;
    }

    [ObjectLiteral]
    public class BadgeColor
    {
        /// <summary>A CSS colour such as "#1a73e8".</summary>
        public string Color;
        public int? TabId;
    }

    [ObjectLiteral]
    public class ActionTitle
    {
        public string Title;
        public int? TabId;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace Cs2Js.Bcl
{
    /// <summary>
    /// The allowlist of .NET members the compiler can translate, each with its JavaScript template.
    /// A BCL member used by a program and missing here is a CSX1001 error, never a runtime
    /// "undefined is not a function".
    ///
    /// Keys are Roslyn documentation ids of the original definition
    /// (<c>symbol.OriginalDefinition.GetDocumentationCommentId()</c>), for example
    /// <c>M:System.String.Substring(System.Int32)</c>, <c>P:System.String.Length</c>,
    /// <c>M:System.Collections.Generic.List`1.Add(`0)</c>, <c>T:System.Exception</c>.
    ///
    /// Template language (expanded by the Lower stage):
    /// <list type="bullet">
    /// <item><c>{this}</c> the receiver; <c>{0}</c>, <c>{1}</c>.. the arguments by position (for an extension
    /// method called as <c>xs.Where(f)</c>, <c>{0}</c> is <c>xs</c>); <c>{value}</c> the assigned value in a
    /// property setter template (key suffix <c>|set</c>).</item>
    /// <item><c>{*N}</c> a params argument spread as separate arguments.</item>
    /// <item><c>{N:str}</c> the argument turned into a string the way .NET would (typed: a boxed
    /// <c>bool</c> gives "True", a char gives its letter, an enum its name).</item>
    /// <item><c>{N:fmt}</c> the argument prepared for composite formatting (<c>$format</c>): chars become
    /// strings and enums their names; everything else passes through.</item>
    /// <item><c>{T}</c> (or <c>{T0}</c>, <c>{T1}</c>) the JS constructor of a generic type argument.</item>
    /// <item><c>$name</c> a runtime helper from <c>Runtime/name.js</c>; the bundle includes it (and what it uses).</item>
    /// <item>The rest is a JavaScript expression: the template is parsed into the syntax tree once, so
    /// Print decides parentheses and spacing (no need to parenthesise a template defensively).</item>
    /// </list>
    /// A receiver or argument used twice in one template is evaluated twice: use a helper instead.
    /// Types map to the JS expression used for <c>new</c>, <c>instanceof</c> and <c>extends</c>
    /// (<c>T:System.Exception</c> → <c>$Exception</c>); a constructor maps by its <c>M:...#ctor(...)</c> id.
    /// </summary>
    public static partial class BclMap
    {
        static readonly Dictionary<string, string> templates = new(StringComparer.Ordinal);
        static readonly Dictionary<string, Func<TemplateContext, string?>> custom = new(StringComparer.Ordinal);
        // Templates for a program that observes its tasks (Reified.Tasks): Task is the $Task runtime class.
        static readonly Dictionary<string, string> taskTemplates = new(StringComparer.Ordinal);
        static readonly object gate = new();
        static bool loaded;

        /// <summary>Adds a template. Each area registers its entries in its own partial file; one mapping
        /// per doc-id (a second one for the same member is a bug in the tables).</summary>
        static void Add(string docId, string template)
        {
            if (!templates.TryAdd(docId, template)) throw new InvalidOperationException("two BCL mappings for " + docId);
        }

        /// <summary>Adds the template used when the program observes its tasks (see <see cref="TaskMode"/>).</summary>
        static void AddTask(string docId, string template) => taskTemplates[docId] = template;

        /// <summary>Set by the pipeline while lowering a program whose tasks are $Task objects
        /// (<c>Reach.Reified.Tasks</c>): lookups then prefer the task templates. Outside it the task
        /// templates still answer for members only they map, so Check accepts them.</summary>
        [ThreadStatic] public static bool TaskMode;

        /// <summary>Members only a $Task can answer (IsCompleted, Status, ContinueWith, ValueTask…): a
        /// program that reaches one observes its tasks.</summary>
        public static bool IsTaskOnly(string docId) { EnsureLoaded(); return taskTemplates.ContainsKey(docId) && !templates.ContainsKey(docId); }

        public static IReadOnlyCollection<string> TaskKeys { get { EnsureLoaded(); return taskTemplates.Keys; } }

        /// <summary>Adds a mapping that needs code: return a template, or null to say "not supported here"
        /// (the caller then reports CSX1001 with the context's reason if set).</summary>
        static void AddCustom(string docId, Func<TemplateContext, string?> map) => custom[docId] = map;

        /// <summary>A mapping by code whose every result names only runtime helpers among
        /// <paramref name="helpers"/> (what Reach may ask of it without lowering it, e.g. whether it can print a type name).</summary>
        static void AddCustom(string docId, string helpers, Func<TemplateContext, string?> map)
        {
            custom[docId] = map;
            customHelpers[docId] = helpers;
        }

        static readonly Dictionary<string, string> customHelpers = new(StringComparer.Ordinal);

        /// <summary>The helpers a mapping by code may name, where its registration says (else false: it may name any).</summary>
        public static bool TryGetCustomHelpers(string docId, out string helpers)
        {
            EnsureLoaded();
            return customHelpers.TryGetValue(docId, out helpers!);
        }

        static void EnsureLoaded()
        {
            lock (gate)
            {
                if (loaded) return;
                foreach (var register in Registrations()) register();
                loaded = true;
            }
        }

        public static bool TryGetTemplate(string docId, out string template)
        {
            EnsureLoaded();
            if (TaskMode && taskTemplates.TryGetValue(docId, out template!)) return true;
            return templates.TryGetValue(docId, out template!) || taskTemplates.TryGetValue(docId, out template!);
        }

        public static bool TryGetCustom(string docId, out Func<TemplateContext, string?> map)
        {
            EnsureLoaded();
            return custom.TryGetValue(docId, out map!);
        }

        public static IReadOnlyCollection<string> Keys { get { EnsureLoaded(); return templates.Keys; } }

        /// <summary>The doc-ids mapped by code (custom mappings).</summary>
        public static IReadOnlyCollection<string> CustomKeys { get { EnsureLoaded(); return custom.Keys; } }

        /// <summary>Every area's registration method: each partial file declares one
        /// <c>static void Register&lt;Area&gt;()</c> and it is found here by name, so adding an area
        /// touches no shared file.</summary>
        static IEnumerable<Action> Registrations()
        {
            // In name order, so that a mapping an area supersedes (see Replace) is deterministic.
            foreach (var m in typeof(BclMap).GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic).OrderBy(m => m.Name, StringComparer.Ordinal))
                if (m.Name.StartsWith("Register", StringComparison.Ordinal) && m.GetParameters().Length == 0 && m.ReturnType == typeof(void))
                    yield return (Action)Delegate.CreateDelegate(typeof(Action), m);
        }
    }

    /// <summary>What a custom mapping sees. It returns a template like any other mapping: <see cref="This"/>
    /// and <see cref="Args"/> are the placeholders ({this}, {0}...), so arguments are lowered once, in
    /// the tree; <see cref="Source"/> gives an argument's JavaScript text for mappings that depend on a
    /// constant (a format string, StringComparer.Ordinal).</summary>
    public sealed class TemplateContext
    {
        public TemplateContext(int argumentCount)
        {
            Args = Enumerable.Range(0, argumentCount).Select(i => "{" + i + "}").ToList();
        }

        public string This => "{this}";
        public IReadOnlyList<string> Args { get; }
        public Func<int, string> Source { get; init; } = _ => "";
        /// <summary>The static .NET type of each argument, as a display string ("int", "string", "double"...).</summary>
        public IReadOnlyList<string> ArgTypes { get; init; } = Array.Empty<string>();
        public IReadOnlyList<string> TypeArgs { get; init; } = Array.Empty<string>();
        /// <summary>Whether type argument i (the method's, or the created type's for a constructor) is a key
        /// compared by Equals/GetHashCode (<see cref="KeyEquality.ByValue"/>).</summary>
        public Func<int, bool> KeyByValue { get; init; } = _ => false;
        /// <summary>The Dictionary/HashSet this call creates must enumerate in .NET's slot order after
        /// removals (<see cref="Reach.SlotOrder"/>): a $HMap/$HSet even for native keys.</summary>
        public bool SlotOrdered { get; init; }
        /// <summary>Whether type argument i is an anonymous type (a plain object compared through $anonc).</summary>
        public Func<int, bool> KeyAnonymous { get; init; } = _ => false;
        /// <summary>Whether the elements (the receiver's first type argument, else the method's) compare with
        /// JavaScript's === (or, given true, SameValueZero) as EqualityComparer&lt;T&gt;.Default does
        /// (<see cref="KeyEquality.ByJsIdentity"/>).</summary>
        public Func<bool, bool> ElementsByJsIdentity { get; init; } = _ => false;
        /// <summary>Set by a custom mapping that refuses, to explain why.</summary>
        public string? RefusalReason { get; set; }
    }
}

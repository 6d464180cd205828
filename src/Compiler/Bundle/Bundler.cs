using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Cs2Js.Lower;
using Cs2Js.Print;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Bundle
{
    /// <summary>One IIFE per entry point: the runtime helpers the code mentions (and what they need),
    /// the reachable types in dependency order, static initialisation, then the entry call.</summary>
    public static class Bundler
    {
        static readonly Regex HelperRef = new(@"\$[A-Za-z_][A-Za-z0-9_]*", RegexOptions.Compiled);
        static readonly Lazy<Dictionary<string, string>> runtime = new(LoadRuntime);

        public static IReadOnlyDictionary<string, string> Runtime => runtime.Value;

        static Dictionary<string, string> LoadRuntime()
        {
            var asm = typeof(Bundler).Assembly;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var res in asm.GetManifestResourceNames().Where(r => r.StartsWith("Runtime.", StringComparison.Ordinal) && r.EndsWith(".js", StringComparison.Ordinal)))
            {
                using var s = asm.GetManifestResourceStream(res)!;
                using var reader = new StreamReader(s);
                var name = "$" + res.Substring("Runtime.".Length, res.Length - "Runtime.".Length - 3);
                result[name] = reader.ReadToEnd().Replace("\r\n", "\n").TrimEnd() + "\n";
            }
            return result;
        }

        /// <summary>Helpers mentioned by <paramref name="code"/>, with their own dependencies, dependencies first.</summary>
        public static List<string> HelpersFor(string code)
        {
            var order = new List<string>();
            var state = new Dictionary<string, int>();
            void Visit(string name)
            {
                if (state.TryGetValue(name, out var s)) return;
                state[name] = 1;
                foreach (Match m in HelperRef.Matches(StripComments(runtime.Value[name])))
                    if (m.Value != name && runtime.Value.ContainsKey(m.Value)) Visit(m.Value);
                state[name] = 2;
                order.Add(name);
            }
            foreach (Match m in HelperRef.Matches(code))
                if (runtime.Value.ContainsKey(m.Value)) Visit(m.Value);
            return order;
        }

        static string StripComments(string js) => Regex.Replace(js, @"(?m)^\s*//.*$", "");

        public sealed record Output(string Js, string? Map, IReadOnlyList<string> Helpers);

        public static Output Write(Emitter emitter, IMethodSymbol entry, CompileOptions options)
        {
            // Types first into their own writer, so that the helper scan sees all generated code.
            var types = new JsWriter();
            emitter.WriteTypes(types, withTypeNames: false);
            var typeText = types.ToString();
            var entryCall = EntryCall(emitter, entry, options);
            var probe = typeText + entryCall;
            // User classes need their .NET names only when user code can print a type name.
            bool needsTypeNames = HelperRef.Matches(probe).Select(m => m.Value).Any(h => h is "$str" or "$typeName" or "$typeFullName" or "$cast" or "$fmtv" or "$format")
                || Regex.IsMatch(typeText, @"extends \$\w*Exception");
            if (needsTypeNames)
            {
                types = new JsWriter();
                emitter.WriteTypes(types, withTypeNames: true);
                typeText = types.ToString();
            }
            var helpers = HelpersFor(typeText + entryCall);
            var w = new JsWriter();
            w.Line("(() => {");
            w.Line("\"use strict\";");
            foreach (var h in helpers) w.Raw(StripComments(runtime.Value[h]).Replace("\n\n", "\n").TrimStart('\n'));
            w.Embed(types);
            foreach (var line in entryCall.Split('\n')) if (line.Length > 0) w.Line(line);
            w.Line("})();");
            string? map = null;
            if (options.SourceMap)
            {
                map = w.Map.ToJson(options.OutputFileName);
                w.Line("//# sourceMappingURL=" + Path.GetFileName(options.OutputFileName) + ".map");
            }
            return new Output(w.ToString(), map, helpers);
        }

        static string EntryCall(Emitter emitter, IMethodSymbol entry, CompileOptions options)
        {
            var call = emitter.EntryReference(entry) + "()";
            if (options.Kind != TargetKind.Program) return call + ";";
            // A console program: flush Console.Write's pending text when Main finishes.
            return entry.IsAsync || entry.ReturnType.Name == "Task"
                ? $"{call}.finally(() => typeof $cflush === \"function\" ? $cflush() : undefined);".Replace("typeof $cflush === \"function\" ? $cflush() : undefined", "$cflush()")
                : $"try {{\n  {call};\n}} finally {{\n  $cflush();\n}}";
        }
    }
}

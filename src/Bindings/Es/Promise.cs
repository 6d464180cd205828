using System;
using System.Threading.Tasks;

namespace Js
{
    /// <summary>The <c>Promise</c> functions. A <c>Task</c> is a <c>Promise</c> in our output.</summary>
    [Name("Promise")]
    public static class JsPromise
    {
        /// <summary><c>new Promise((resolve, reject) => ...)</c>.</summary>
        [Template("new Promise({executor})")]
        public static extern Task<T> Create<T>(Action<Action<T>, Action<object>> executor);

        /// <summary><c>new Promise((resolve, reject) => ...)</c> for a promise without a value.</summary>
        [Template("new Promise({executor})")]
        public static extern Task Create(Action<Action, Action<object>> executor);

        public static extern Task<T> Resolve<T>(T value);
        public static extern Task<T[]> All<T>(Task<T>[] tasks);
        public static extern Task<T> Race<T>(Task<T>[] tasks);
    }
}

namespace Cs2Js.Bcl
{
    // Task/Task<T> are native Promises; TaskCompletionSource is $Tcs; a CancellationToken is its
    // $Cts source (CancellationToken.None / default is null), so token members are null-safe.
    static partial class BclMap
    {
        static void RegisterTasks()
        {
            const string T = "System.Threading.Tasks.Task";
            Add($"T:{T}", "Promise");
            Add($"T:{T}`1", "Promise");
            Add($"M:{T}.Delay(System.Int32)", "$delay({0})");
            Add($"M:{T}.Delay(System.Int32,System.Threading.CancellationToken)", "$delay({0}, {1})");
            // TimeSpan is ticks; setTimeout wants milliseconds.
            Add($"M:{T}.Delay(System.TimeSpan)", "$delay({0} / 1e4)");
            Add($"M:{T}.Delay(System.TimeSpan,System.Threading.CancellationToken)", "$delay({0} / 1e4, {1})");
            Add($"M:{T}.WhenAll(System.Threading.Tasks.Task[])", "$whenAll({0})");
            Add($"M:{T}.WhenAll(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task}})", "$whenAll({0})");
            Add($"M:{T}.WhenAll``1(System.Threading.Tasks.Task{{``0}}[])", "$whenAll({0})");
            Add($"M:{T}.WhenAll``1(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task{{``0}}}})", "$whenAll({0})");
            // C# 13 binds Task.WhenAll(a, b) to the params ReadOnlySpan overloads; the core passes them as arrays.
            Add($"M:{T}.WhenAll(System.ReadOnlySpan{{System.Threading.Tasks.Task}})", "$whenAll({0})");
            Add($"M:{T}.WhenAll``1(System.ReadOnlySpan{{System.Threading.Tasks.Task{{``0}}}})", "$whenAll({0})");
            Add($"M:{T}.WhenAny(System.ReadOnlySpan{{System.Threading.Tasks.Task}})", "$whenAny({0})");
            Add($"M:{T}.WhenAny``1(System.ReadOnlySpan{{System.Threading.Tasks.Task{{``0}}}})", "$whenAny({0})");
            // A promise cannot resolve to a promise: $whenAny gives [winner]; `await Task.WhenAny(..)`
            // must be emitted as `(await $whenAny(..))[0]` by the core.
            Add($"M:{T}.WhenAny(System.Threading.Tasks.Task[])", "$whenAny({0})");
            Add($"M:{T}.WhenAny(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task}})", "$whenAny({0})");
            Add($"M:{T}.WhenAny(System.Threading.Tasks.Task,System.Threading.Tasks.Task)", "$whenAny([{0}, {1}])");
            Add($"M:{T}.WhenAny``1(System.Threading.Tasks.Task{{``0}}[])", "$whenAny({0})");
            Add($"M:{T}.WhenAny``1(System.Collections.Generic.IEnumerable{{System.Threading.Tasks.Task{{``0}}}})", "$whenAny({0})");
            Add($"M:{T}.WhenAny``1(System.Threading.Tasks.Task{{``0}},System.Threading.Tasks.Task{{``0}})", "$whenAny([{0}, {1}])");
            Add($"M:{T}.FromResult``1(``0)", "Promise.resolve({0})");
            Add($"P:{T}.CompletedTask", "Promise.resolve()");
            Add($"M:{T}.FromException(System.Exception)", "Promise.reject({0})");
            Add($"M:{T}.FromException``1(System.Exception)", "Promise.reject({0})");
            Add($"M:{T}.FromCanceled(System.Threading.CancellationToken)", "Promise.reject(new $TaskCanceledException(\"A task was canceled.\"))");
            // Task.Yield: a macrotask turn, so timers and I/O callbacks get to run.
            Add($"M:{T}.Yield", "new Promise(r => setTimeout(r, 0))");
            Add($"M:{T}.ConfigureAwait(System.Boolean)", "{this}");
            Add($"M:{T}`1.ConfigureAwait(System.Boolean)", "{this}");

            foreach (var tcs in new[] { "System.Threading.Tasks.TaskCompletionSource`1", "System.Threading.Tasks.TaskCompletionSource" })
            {
                bool generic = tcs.EndsWith("`1");
                Add($"T:{tcs}", "$Tcs");
                Add($"M:{tcs}.#ctor", "new $Tcs()");
                Add($"P:{tcs}.Task", "{this}.Task");
                Add(generic ? $"M:{tcs}.SetResult(`0)" : $"M:{tcs}.SetResult", generic ? "{this}.SetResult({0})" : "{this}.SetResult()");
                Add(generic ? $"M:{tcs}.TrySetResult(`0)" : $"M:{tcs}.TrySetResult", generic ? "{this}.TrySetResult({0})" : "{this}.TrySetResult()");
                Add($"M:{tcs}.SetException(System.Exception)", "{this}.SetException({0})");
                Add($"M:{tcs}.TrySetException(System.Exception)", "{this}.TrySetException({0})");
                Add($"M:{tcs}.SetCanceled", "{this}.SetCanceled()");
                Add($"M:{tcs}.TrySetCanceled", "{this}.TrySetCanceled()");
            }

            const string C = "System.Threading.CancellationTokenSource";
            Add($"T:{C}", "$Cts");
            Add($"M:{C}.#ctor", "new $Cts()");
            Add($"M:{C}.#ctor(System.Int32)", "new $Cts({0})");
            Add($"M:{C}.#ctor(System.TimeSpan)", "new $Cts({0} / 1e4)");
            Add($"M:{C}.Cancel", "{this}.Cancel()");
            Add($"M:{C}.CancelAfter(System.Int32)", "{this}.CancelAfter({0})");
            Add($"M:{C}.CancelAfter(System.TimeSpan)", "{this}.CancelAfter({0} / 1e4)");
            Add($"M:{C}.Dispose", "{this}.Dispose()");
            Add($"P:{C}.Token", "{this}");
            Add($"P:{C}.IsCancellationRequested", "{this}.IsCancellationRequested");
            Add($"M:{C}.CreateLinkedTokenSource(System.Threading.CancellationToken,System.Threading.CancellationToken)", "$ctsLinked([{0}, {1}])");
            Add($"M:{C}.CreateLinkedTokenSource(System.Threading.CancellationToken[])", "$ctsLinked({0})");
            Add($"M:{C}.CreateLinkedTokenSource(System.Threading.CancellationToken)", "$ctsLinked([{0}])");

            const string K = "System.Threading.CancellationToken";
            Add($"P:{K}.None", "null");
            Add($"M:{K}.#ctor", "null");
            Add($"P:{K}.IsCancellationRequested", "({this}?.IsCancellationRequested === true)");
            Add($"P:{K}.CanBeCanceled", "({this} != null)");
            Add($"M:{K}.ThrowIfCancellationRequested", "$ctThrow({this})");
            Add($"M:{K}.Register(System.Action)", "$ctReg({this}, {0})");
            Add($"M:{K}.op_Equality({K},{K})", "({0} == {1})");
            Add($"M:{K}.op_Inequality({K},{K})", "({0} != {1})");
            Add("M:System.Threading.CancellationTokenRegistration.Dispose", "{this}.Dispose()");
        }
    }
}

using System;

class Device
{
    public virtual string Name => "device";
    public string Kind { get; set; } = "generic";
    public virtual int Priority { get; set; } = 1;
}

class Camera : Device
{
    public override string Name => "camera(" + base.Name + ")";
    public new string Kind { get; set; } = "video";
    public override int Priority { get => base.Priority * 10; set => base.Priority = value + 1; }
    public string BothKinds => Kind + "/" + base.Kind;
}

class Webcam : Camera
{
    public override string Name => "webcam:" + base.Name;
    public new string Kind => "usb-" + base.Kind;
}

public static class Program
{
    public static void Main()
    {
        var w = new Webcam();
        Console.WriteLine(w.Name);
        Console.WriteLine(w.Kind + " | " + ((Camera)w).Kind + " | " + ((Device)w).Kind);
        Console.WriteLine(w.BothKinds);
        w.Priority = 4;
        Console.WriteLine(w.Priority + " " + ((Device)w).Priority);
        Device d = w;
        d.Kind = "changed";
        Console.WriteLine(w.BothKinds + " " + w.Kind);
    }
}
